package dev.parley.routing.contact.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Row of {@code routing_contact_event}: one thing that happened to a contact (a transition, an
 * offer and its outcome, a routing decision). Append-only; ordered by id.
 *
 * <p>The id is given by the routing runtime, the table's only writer, counting up from the
 * largest stored id (no identity round trip per row, so rows go to the database in JDBC
 * batches). The contact is mapped as an association only so that Hibernate, ordering a batch's
 * inserts, writes new contact rows before their history; reads use {@code contactId}.
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
public class ContactEventEntity {
  public static final String OF_CONTACT = "ContactEventEntity.ofContact";
  public static final String MAX_ID = "ContactEventEntity.maxId";
  public static final String COUNT_OFFERS_TO = "ContactEventEntity.countOffersTo";

  @Id private long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contact_id", nullable = false, updatable = false)
  private ContactEntity contact;

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

  protected ContactEventEntity() {}

  public ContactEventEntity(
      long id,
      ContactEntity contact,
      Instant at,
      String kind,
      String fromState,
      String toState,
      String agent,
      String detail) {
    this.id = id;
    this.contact = contact;
    this.contactId = contact.id();
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
