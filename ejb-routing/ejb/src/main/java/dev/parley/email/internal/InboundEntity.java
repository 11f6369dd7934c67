package dev.parley.email.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of {@code email_inbound}: a received message as received, and what became of it. */
@Entity
@Table(name = "email_inbound")
@NamedQuery(
    name = InboundEntity.BY_KEY,
    query = "select m from InboundEntity m where m.dedupeKey = :key")
@NamedQuery(
    name = InboundEntity.UNFILED,
    query =
        "select m.id from InboundEntity m where m.state = 'RECEIVED' and m.receivedAt < :before"
            + " order by m.receivedAt")
@NamedQuery(
    name = InboundEntity.MARK_FILED,
    query =
        "update InboundEntity m set m.state = 'FILED', m.contactId = :contact, m.filedAt = :at"
            + " where m.id = :id")
class InboundEntity {
  static final String BY_KEY = "InboundEntity.byKey";
  static final String UNFILED = "InboundEntity.unfiled";

  /** Marks a message filed without reading or writing its bytes again. */
  static final String MARK_FILED = "InboundEntity.markFiled";

  @Id
  @Column(length = 64)
  String id;

  @Column(name = "dedupe_key", nullable = false, length = 64)
  String dedupeKey;

  @Column(name = "message_id", length = 998)
  String messageId;

  @Column(name = "mail_from", nullable = false, length = 320)
  String mailFrom;

  /** The envelope's recipients, one per line. */
  @Column(nullable = false, length = 4000)
  String recipients;

  @Column(name = "remote_address", length = 64)
  String remoteAddress;

  @Column(length = 255)
  String helo;

  @Column(nullable = false, length = 8)
  String protocol;

  @Column(nullable = false)
  boolean tls;

  @Column(name = "received_at", nullable = false)
  Instant receivedAt;

  @Column(name = "size_bytes", nullable = false)
  long sizeBytes;

  @Column(nullable = false)
  byte[] raw;

  @Column(nullable = false, length = 8)
  String state;

  @Column(name = "contact_id", length = 64)
  String contactId;

  @Column(name = "filed_at")
  Instant filedAt;
}
