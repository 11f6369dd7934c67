package dev.parley.routing.contact.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Row of {@code routing_contact_event}: one thing that happened to a contact (a transition, an
 * offer and its outcome, a routing decision). Append-only; ordered by id. Mapped for reading only:
 * the routing runtime, the table's only writer, inserts the rows itself in one JDBC batch per
 * group-commit batch, with ids counting up from the largest stored id (ADR 0007).
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
@NamedQuery(name = ContactEventEntity.MAX_ID, query = "select max(e.id) from ContactEventEntity e")
@NamedQuery(
    name = ContactEventEntity.OFFERS_OF_OFFERED,
    query =
        "select e.contactId, e.kind, e.agent, e.expiresAt from ContactEventEntity e, ContactEntity c"
            + " where c.id = e.contactId and c.state = 'OFFERED'"
            + " and e.kind in ('STATE', 'OFFERED', 'OFFER_WITHDRAWN', 'OFFER_TIMED_OUT', 'OFFER_DECLINED')"
            + " order by e.contactId, e.id")
public class ContactEventEntity {
  public static final String OF_CONTACT = "ContactEventEntity.ofContact";
  public static final String MAX_ID = "ContactEventEntity.maxId";
  public static final String COUNT_OFFERS_TO = "ContactEventEntity.countOffersTo";

  /**
   * Contact, kind, agent and deadline of the rows that open and close offers (and of the state
   * changes between them) of every contact stored OFFERED, per contact in id order.
   */
  public static final String OFFERS_OF_OFFERED = "ContactEventEntity.offersOfOffered";

  @Id private long id;

  @Column(name = "contact_id", length = 64, insertable = false, updatable = false)
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

  /** An offer's deadline (kind OFFERED, since schema 7); null on every other row. */
  @Column(name = "expires_at")
  private Instant expiresAt;

  protected ContactEventEntity() {}

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

  public Instant expiresAt() {
    return expiresAt;
  }
}
