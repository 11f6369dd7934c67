package dev.parley.conversation.internal;

import dev.parley.conversation.ConversationInfo;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** Row of {@code conversation}; {@code lastSeq} is its latest message's number. */
@Entity
@Table(name = "conversation")
@NamedQuery(
    name = ConversationEntity.OF_CUSTOMER,
    query =
        "select c from ConversationEntity c where c.customerKey = :customer"
            + " order by c.openedAt desc, c.id desc")
@NamedQuery(
    name = ConversationEntity.TRANSCRIPTS_DUE,
    query =
        "select c.id from ConversationEntity c where c.transcriptState = 'ASKED'"
            + " and c.endedAt is not null order by c.endedAt")
class ConversationEntity {
  static final String OF_CUSTOMER = "ConversationEntity.ofCustomer";
  static final String TRANSCRIPTS_DUE = "ConversationEntity.transcriptsDue";
  private static final String ASKED = "ASKED";
  private static final String QUEUED = "QUEUED";

  @Id
  @Column(length = 64)
  private String id;

  @Column(name = "customer_key", nullable = false, length = 200)
  private String customerKey;

  @Column(name = "customer_name", length = 100)
  private String customerName;

  @Column(name = "customer_email", length = 254)
  private String customerEmail;

  @Column(name = "entry_point", length = 64)
  private String entryPoint;

  @Column(name = "menu_option", length = 64)
  private String option;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  private Integer rating;

  @Column(name = "rating_comment", length = 1000)
  private String ratingComment;

  @Column(name = "transcript_email", length = 254)
  private String transcriptEmail;

  /** ASKED once a transcript was asked for, QUEUED once it is in the outbox; null: never asked. */
  @Column(name = "transcript_state", length = 8)
  private String transcriptState;

  @Column(name = "last_seq", nullable = false)
  private long lastSeq;

  /**
   * The author and client id of each message posted to a conversation this object was created for
   * (in this transaction): only those can be repeated, so a new conversation's messages need no
   * look-up for an earlier one. Null for a conversation read from the database.
   */
  @Transient private Set<String> postedSinceCreated;

  protected ConversationEntity() {}

  ConversationEntity(
      String id,
      String customerKey,
      String customerName,
      String customerEmail,
      String entryPoint,
      String option,
      Instant openedAt) {
    this.id = id;
    this.customerKey = customerKey;
    this.customerName = customerName;
    this.customerEmail = customerEmail;
    this.entryPoint = entryPoint;
    this.option = option;
    this.openedAt = openedAt;
    this.postedSinceCreated = new HashSet<>();
  }

  /**
   * Whether a message of {@code author} with {@code clientId} may have been posted here before (so
   * it must be looked up); noted as posted when this conversation was created in this transaction.
   */
  boolean mayHoldPost(String author, String clientId) {
    return postedSinceCreated == null || !postedSinceCreated.add(author + "\n" + clientId);
  }

  /** Takes the next message number. */
  long nextSeq() {
    return ++lastSeq;
  }

  boolean ended() {
    return endedAt != null;
  }

  /** Takes messages again (a reopened e-mail thread). */
  void resume() {
    endedAt = null;
  }

  void end(Instant at) {
    if (endedAt == null) {
      endedAt = at;
    }
  }

  void rate(int score, String comment) {
    rating = score;
    ratingComment = comment;
  }

  /** The transcript goes to {@code email}, unless it was queued already (then nothing changes). */
  void transcriptTo(String email) {
    if (!QUEUED.equals(transcriptState)) {
      transcriptEmail = email;
      transcriptState = ASKED;
    }
  }

  /** Whether a transcript was asked for, the conversation ended, and none was queued yet. */
  boolean transcriptDue() {
    return ASKED.equals(transcriptState) && endedAt != null;
  }

  void transcriptQueued() {
    transcriptState = QUEUED;
  }

  ConversationInfo info() {
    return new ConversationInfo(
        ContactId.of(id),
        CustomerId.of(customerKey),
        customerName,
        customerEmail,
        entryPoint,
        option,
        openedAt,
        endedAt,
        rating,
        ratingComment,
        transcriptEmail,
        lastSeq);
  }
}
