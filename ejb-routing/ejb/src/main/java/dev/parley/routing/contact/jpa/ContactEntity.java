package dev.parley.routing.contact.jpa;

import dev.parley.routing.api.ContactState;
import dev.parley.routing.customer.CustomerKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Row of {@code routing_contact}. Invariants: {@code id} and {@code channel} never change; {@code
 * receivedAt} and {@code arrivalSeq} change only when a finished contact is reopened ({@link
 * #reopen}); {@code state} is always the engine's state after the last committed command; each
 * {@code *At} column holds the latest entry into that state.
 */
@Entity
@Table(name = "routing_contact")
@NamedQuery(
    name = ContactEntity.OPEN,
    query =
        "select c from ContactEntity c where c.state not in ('CLOSED', 'ABANDONED', 'OVERFLOWED')"
            + " order by c.arrivalSeq")
@NamedQuery(
    name = ContactEntity.BY_CUSTOMER,
    query = "select c from ContactEntity c where c.customerKey in :keys order by c.arrivalSeq desc")
@NamedQuery(name = ContactEntity.MAX_SEQ, query = "select max(c.arrivalSeq) from ContactEntity c")
@NamedQuery(
    name = ContactEntity.SERVED_SINCE,
    query =
        "select c.customerKey, c.assignedAgent, c.acceptedAt from ContactEntity c"
            + " where c.acceptedAt >= :since and c.parentId is null"
            + " and c.customerKey is not null and c.assignedAgent is not null")
public class ContactEntity {
  public static final String OPEN = "ContactEntity.open";
  public static final String BY_CUSTOMER = "ContactEntity.byCustomer";
  public static final String MAX_SEQ = "ContactEntity.maxSeq";

  /** Customer key, agent and time of every contact last accepted at or after {@code since}. */
  public static final String SERVED_SINCE = "ContactEntity.servedSince";

  @Id
  @Column(length = 64)
  private String id;

  @Column(nullable = false, length = 16)
  private String channel;

  @Column(nullable = false, length = 8)
  private String direction;

  @Column(length = 200)
  private String customer;

  /** {@link CustomerKey} of {@code customer}: what customer history and links match on. */
  @Column(name = "customer_key", length = 200)
  private String customerKey;

  /**
   * Skills the contact needs besides its queue's: {@code skill:level} joined by commas, or null.
   */
  @Column(name = "required_skills", length = 500)
  private String requiredSkills;

  @Column(name = "queue_name", nullable = false, length = 64)
  private String queue;

  @Column(nullable = false)
  private int priority;

  @Column(nullable = false, length = 16)
  private String state;

  @Column(name = "arrival_seq", nullable = false, unique = true)
  private long arrivalSeq;

  @Column(name = "parent_id", length = 64)
  private String parentId;

  @Column(name = "assigned_agent", length = 64)
  private String assignedAgent;

  @Column(length = 64)
  private String disposition;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "queued_at")
  private Instant queuedAt;

  @Column(name = "offered_at")
  private Instant offeredAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "wrap_up_at")
  private Instant wrapUpAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "abandoned_at")
  private Instant abandonedAt;

  @Column(name = "overflowed_at")
  private Instant overflowedAt;

  @Version private long version;

  protected ContactEntity() {}

  public ContactEntity(
      String id,
      String channel,
      String direction,
      String customer,
      String queue,
      int priority,
      long arrivalSeq,
      String parentId,
      Instant receivedAt) {
    this.id = id;
    this.channel = channel;
    this.direction = direction;
    this.customer = customer;
    this.customerKey = customer == null ? null : CustomerKey.of(customer);
    this.queue = queue;
    this.priority = priority;
    this.arrivalSeq = arrivalSeq;
    this.parentId = parentId;
    this.receivedAt = receivedAt;
    this.state = "RECEIVED";
  }

  /** Records entry into {@code newState} at {@code at}: the state and its timestamp column. */
  public void enter(String newState, Instant at) {
    this.state = newState;
    switch (newState) {
      case "QUEUED" -> queuedAt = at;
      case "OFFERED" -> offeredAt = at;
      case "ACTIVE" -> acceptedAt = at;
      case "WRAP_UP" -> wrapUpAt = at;
      case "CLOSED" -> closedAt = at;
      case "ABANDONED" -> abandonedAt = at;
      case "OVERFLOWED" -> overflowedAt = at;
      default -> {
        // RECEIVED has receivedAt, set once at intake.
      }
    }
  }

  /**
   * The contact comes back after it finished (a reopened thread): a new arrival under the same id —
   * received again at {@code at} with a new arrival number, its earlier offer, answer, wrap-up and
   * end forgotten (the history rows keep them).
   */
  public void reopen(long newArrivalSeq, Instant at) {
    this.arrivalSeq = newArrivalSeq;
    this.receivedAt = at;
    this.offeredAt = null;
    this.acceptedAt = null;
    this.wrapUpAt = null;
    this.closedAt = null;
    this.abandonedAt = null;
    this.overflowedAt = null;
    this.disposition = null;
    this.assignedAgent = null;
  }

  /** Whether the contact is finished (CLOSED, ABANDONED, OVERFLOWED). */
  public boolean finished() {
    return ContactState.valueOf(state).isTerminal();
  }

  /** Copies what the engine may change besides the state. */
  public void sync(String queue, Instant queuedAt, String assignedAgent, String disposition) {
    this.queue = queue;
    if (queuedAt != null) {
      this.queuedAt = queuedAt;
    }
    this.assignedAgent = assignedAgent;
    this.disposition = disposition;
  }

  public String id() {
    return id;
  }

  public String channel() {
    return channel;
  }

  public String direction() {
    return direction;
  }

  public String customer() {
    return customer;
  }

  public String requiredSkills() {
    return requiredSkills;
  }

  /** See {@link #requiredSkills()}; set once, when the row is created. */
  public void requireSkills(String skills) {
    this.requiredSkills = skills;
  }

  public String customerKey() {
    return customerKey;
  }

  public String queue() {
    return queue;
  }

  public int priority() {
    return priority;
  }

  public String state() {
    return state;
  }

  public long arrivalSeq() {
    return arrivalSeq;
  }

  public String parentId() {
    return parentId;
  }

  public String assignedAgent() {
    return assignedAgent;
  }

  public String disposition() {
    return disposition;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Instant queuedAt() {
    return queuedAt;
  }

  public Instant offeredAt() {
    return offeredAt;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public Instant wrapUpAt() {
    return wrapUpAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public Instant abandonedAt() {
    return abandonedAt;
  }

  public Instant overflowedAt() {
    return overflowedAt;
  }
}
