package dev.parley.chat.internal;

import dev.parley.chat.CannedResponse;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code canned_response}; {@code owner} null is a shared one. */
@Entity
@Table(name = "canned_response")
class CannedResponseEntity {
  @Id
  @Column(length = 64)
  private String id;

  @Column(length = 64)
  private String owner;

  @Column(nullable = false, length = 100)
  private String title;

  @Column(nullable = false, length = 4000)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CannedResponseEntity() {}

  CannedResponseEntity(String id, String owner, String title, String body, Instant createdAt) {
    this.id = id;
    this.owner = owner;
    this.title = title;
    this.body = body;
    this.createdAt = createdAt;
  }

  String owner() {
    return owner;
  }

  void change(String title, String body) {
    this.title = title;
    this.body = body;
  }

  CannedResponse view() {
    return new CannedResponse(
        id,
        owner == null ? CannedResponse.Scope.SHARED : CannedResponse.Scope.PERSONAL,
        owner,
        title,
        body);
  }
}
