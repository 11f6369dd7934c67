package dev.parley.email.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Row of {@code email_message}: the e-mail side of conversation message {@code seq}. Addresses are
 * kept one per line; attachments as {@code <attachment id>[ <content id>]} lines.
 */
@Entity(name = "EmailMessageEntity")
@Table(name = "email_message")
@NamedQuery(
    name = MessageEntity.THREAD_OF_IDS,
    query =
        "select m.conversationId from EmailMessageEntity m where m.messageId in :ids"
            + " order by m.seq desc")
@NamedQuery(
    name = MessageEntity.OF_CONVERSATION,
    query =
        "select m from EmailMessageEntity m where m.conversationId = :conversation order by m.seq")
class MessageEntity {
  static final String THREAD_OF_IDS = "EmailMessageEntity.threadOfIds";
  static final String OF_CONVERSATION = "EmailMessageEntity.ofConversation";

  @Id
  @Column(length = 64)
  String id;

  @Column(name = "conversation_id", nullable = false, length = 64)
  String conversationId;

  @Column(nullable = false)
  long seq;

  @Column(nullable = false, length = 8)
  String direction;

  @Column(name = "inbound_id", length = 64)
  String inboundId;

  @Column(name = "message_id", length = 998)
  String messageId;

  @Column(nullable = false, length = 998)
  String subject;

  @Column(name = "from_address", nullable = false, length = 320)
  String fromAddress;

  @Column(name = "from_name", length = 200)
  String fromName;

  @Column(name = "to_addresses", nullable = false, length = 4000)
  String toAddresses;

  @Column(name = "cc_addresses", nullable = false, length = 4000)
  String ccAddresses;

  @Column(name = "sent_at")
  Instant sentAt;

  @Column(name = "body_text", nullable = false)
  String bodyText;

  @Column(name = "body_html")
  String bodyHtml;

  @Column(name = "attachments", nullable = false, length = 4000)
  String attachments;

  @Column(length = 4000)
  String problems;

  @Column(nullable = false)
  boolean flagged;
}
