package dev.parley.routing.contact.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Row of {@code routing_contact_event}: one thing that happened to a contact (a transition, an
 * offer and its outcome, a routing decision). Append-only; ordered by id.
 */
@Entity
@Table(name = "routing_contact_event")
@NamedQuery(
    name = ContactEventEntity.OF_CONTACT,
    query = "select e from ContactEventEntity e where e.contactId = :contact order by e.id")
@NamedQuery(
    name = ContactEventEntity.COUNT_OFFERS_TO,
    query =
        "select count(e) from ContactEventEntity e where e.contactId = :contact"
            + " and e.agent = :agent and e.kind = 'OFFERED'")
public class ContactEventEntity {
  public static final String OF_CONTACT = "ContactEventEntity.ofContact";
  public static final String COUNT_OFFERS_TO = "ContactEventEntity.countOffersTo";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "contact_id", nullable = false, length = 64)
  private String contactId;

  @Column(name = "occurred_at", nullable = false)
  private Instant at;

  @Column(nullable = false, length = 24)
  private String kind;

  @Column(name = "from_state", length = 16)
  private String fromState;

  @Column(name = "to_state", length = 16)
  private String toState;

  @Column(length = 64)
  private String agent;

  @Column(length = 2000)
  private String detail;

  protected ContactEventEntity() {}

  public ContactEventEntity(
      String contactId,
      Instant at,
      String kind,
      String fromState,
      String toState,
      String agent,
      String detail) {
    this.contactId = contactId;
    this.at = at;
    this.kind = kind;
    this.fromState = fromState;
    this.toState = toState;
    this.agent = agent;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
  }

  public String contactId() {
    return contactId;
  }

  public Instant at() {
    return at;
  }

  public String kind() {
    return kind;
  }

  public String fromState() {
    return fromState;
  }

  public String toState() {
    return toState;
  }

  public String agent() {
    return agent;
  }

  public String detail() {
    return detail;
  }
}
