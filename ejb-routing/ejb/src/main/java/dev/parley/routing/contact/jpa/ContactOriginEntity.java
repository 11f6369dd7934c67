package dev.parley.routing.contact.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code routing_contact_origin}: the contact made from a piece of outside traffic. */
@Entity
@Table(name = "routing_contact_origin")
public class ContactOriginEntity {

  @Id
  @Column(length = 200)
  private String origin;

  @Column(name = "contact_id", nullable = false, length = 64)
  private String contactId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ContactOriginEntity() {}

  public ContactOriginEntity(String origin, String contactId, Instant createdAt) {
    this.origin = origin;
    this.contactId = contactId;
    this.createdAt = createdAt;
  }

  public String contactId() {
    return contactId;
  }
}
