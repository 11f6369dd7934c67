package dev.parley.email.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Row of {@code email_route}: mail to {@code address} goes to {@code queue}. */
@Entity
@Table(name = "email_route")
@NamedQuery(name = RouteEntity.ALL, query = "select r from RouteEntity r order by r.address")
class RouteEntity {
  static final String ALL = "RouteEntity.all";

  @Id
  @Column(length = 320)
  String address;

  @Column(name = "queue_name", nullable = false, length = 64)
  String queue;

  protected RouteEntity() {}

  RouteEntity(String address, String queue) {
    this.address = address;
    this.queue = queue;
  }
}
