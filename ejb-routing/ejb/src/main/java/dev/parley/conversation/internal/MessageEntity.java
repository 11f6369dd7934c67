package dev.parley.conversation.internal;

import dev.parley.conversation.AttachmentRef;
import dev.parley.conversation.Author;
import dev.parley.conversation.AuthorRole;
import dev.parley.conversation.Message;
import dev.parley.conversation.MessageKind;
import dev.parley.conversation.Visibility;
import dev.parley.routing.api.id.ContactId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Row of {@code conversation_message}, keyed by conversation and number. */
@Entity
@Table(name = "conversation_message")
@IdClass(MessageEntity.Key.class)
@NamedQuery(
    name = MessageEntity.AFTER,
    query =
        "select m from MessageEntity m where m.conversationId = :conversation and m.seq > :after"
            + " order by m.seq")
@NamedQuery(
    name = MessageEntity.AFTER_FOR_CUSTOMER,
    query =
        "select m from MessageEntity m where m.conversationId = :conversation and m.seq > :after"
            + " and m.visibility = dev.parley.conversation.Visibility.ALL"
            + " and m.kind <> dev.parley.conversation.MessageKind.NOTE order by m.seq")
@NamedQuery(
    name = MessageEntity.BY_CLIENT_ID,
    query =
        "select m from MessageEntity m where m.conversationId = :conversation"
            + " and m.authorId = :author and m.clientId = :clientId")
class MessageEntity {
  static final String AFTER = "MessageEntity.after";
  static final String AFTER_FOR_CUSTOMER = "MessageEntity.afterForCustomer";
  static final String BY_CLIENT_ID = "MessageEntity.byClientId";

  @Id
  @Column(name = "conversation_id", length = 64)
  private String conversationId;

  @Id private long seq;

  @Enumerated(EnumType.STRING)
  @Column(name = "author_role", nullable = false, length = 16)
  private AuthorRole authorRole;

  @Column(name = "author_id", length = 200)
  private String authorId;

  @Column(name = "author_name", length = 200)
  private String authorName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private MessageKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Visibility visibility;

  @Column(nullable = false, length = 4000)
  private String body;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  @Column(name = "client_id", length = 64)
  private String clientId;

  protected MessageEntity() {}

  MessageEntity(
      String conversationId,
      long seq,
      Author author,
      MessageKind kind,
      Visibility visibility,
      String body,
      Instant sentAt,
      String clientId) {
    this.conversationId = conversationId;
    this.seq = seq;
    this.authorRole = author.role();
    this.authorId = author.id();
    this.authorName = author.name();
    this.kind = kind;
    this.visibility = visibility;
    this.body = body;
    this.sentAt = sentAt;
    this.clientId = clientId;
  }

  long seq() {
    return seq;
  }

  Message toMessage(List<AttachmentRef> attachments) {
    return new Message(
        ContactId.of(conversationId),
        seq,
        new Author(authorRole, authorId, authorName),
        kind,
        visibility,
        body,
        sentAt,
        clientId,
        attachments);
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String conversationId;
    private long seq;

    public Key() {}

    Key(String conversationId, long seq) {
      this.conversationId = conversationId;
      this.seq = seq;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.seq == seq && Objects.equals(k.conversationId, conversationId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(conversationId, seq);
    }
  }
}
