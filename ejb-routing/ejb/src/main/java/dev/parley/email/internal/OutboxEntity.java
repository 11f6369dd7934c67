package dev.parley.email.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Row of {@code email_outbox}: a message to send and where it stands. A thread's message names its
 * conversation and seq; a notice (no thread) has neither, and its {@code noticeKey} instead.
 */
@Entity
@Table(name = "email_outbox")
@NamedQuery(
    name = OutboxEntity.DUE,
    query =
        "select o.id from OutboxEntity o where o.state in ('QUEUED', 'RETRYING')"
            + " and o.nextAttemptAt <= :now order by o.nextAttemptAt")
@NamedQuery(
    name = OutboxEntity.OF_THREAD,
    query = "select o from OutboxEntity o where o.conversationId = :conversation")
@NamedQuery(
    name = OutboxEntity.BY_NOTICE_KEY,
    query = "select o from OutboxEntity o where o.noticeKey = :key")
@NamedQuery(
    name = OutboxEntity.IN_STATE,
    query = "select o from OutboxEntity o where o.state = :state")
class OutboxEntity {
  static final String DUE = "OutboxEntity.due";
  static final String OF_THREAD = "OutboxEntity.ofThread";
  static final String IN_STATE = "OutboxEntity.inState";
  static final String BY_NOTICE_KEY = "OutboxEntity.byNoticeKey";

  @Id
  @Column(length = 64)
  String id;

  @Column(name = "conversation_id", length = 64)
  String conversationId;

  @Column Long seq;

  /** A notice's idempotency key ({@link dev.parley.email.Notice#key()}); null for replies. */
  @Column(name = "notice_key", length = 200)
  String noticeKey;

  @Column(name = "message_id", nullable = false, length = 998)
  String messageId;

  @Column(name = "mail_from", nullable = false, length = 320)
  String mailFrom;

  @Column(nullable = false, length = 4000)
  String recipients;

  @Column(nullable = false)
  byte[] raw;

  @Column(nullable = false, length = 8)
  String state;

  @Column(nullable = false)
  int attempts;

  @Column(name = "last_error", length = 1000)
  String lastError;

  @Column(name = "next_attempt_at", nullable = false)
  Instant nextAttemptAt;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "sent_at")
  Instant sentAt;
}
