package dev.parley.email.internal;

import dev.parley.conversation.Author;
import dev.parley.conversation.AuthorRole;
import dev.parley.conversation.Conversations;
import dev.parley.conversation.MessageKind;
import dev.parley.conversation.NewMessage;
import dev.parley.conversation.Posted;
import dev.parley.conversation.Visibility;
import dev.parley.email.EmailThreadView;
import dev.parley.email.NewOutbound;
import dev.parley.email.Notice;
import dev.parley.email.Outbound;
import dev.parley.platform.persistence.TimeOrderedIds;
import dev.parley.routing.api.id.AttachmentId;
import dev.parley.routing.api.id.ContactId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox's rows, in the caller's transaction (see {@link dev.parley.email.MailStore}). */
@ApplicationScoped
class Outbox {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @EJB Conversations conversations;

  /** Posts the conversation message, then its e-mail side and outbox entry (once per clientId). */
  MessageEntity queueReply(String contact, NewOutbound out) {
    ContactId conversation = ContactId.of(contact);
    Posted posted =
        conversations.postOnce(
            conversation,
            new NewMessage(
                out.clientId(),
                out.agent() == null
                    ? Author.system()
                    : new Author(AuthorRole.AGENT, out.agent(), out.agentName()),
                MessageKind.TEXT,
                Visibility.ALL,
                Filing.cut(out.conversationText(), Conversations.MAX_TEXT),
                out.attachments().stream().map(AttachmentId::of).toList()));
    long seq = posted.message().seq();
    if (posted.repeat()) { // the same clientId again: queued the first time
      Optional<MessageEntity> earlier =
          em.createQuery(
                  "select m from EmailMessageEntity m where m.conversationId = :c and m.seq = :s",
                  MessageEntity.class)
              .setParameter("c", contact)
              .setParameter("s", seq)
              .getResultStream()
              .findFirst();
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    MessageEntity e = new MessageEntity();
    e.id = TimeOrderedIds.next("e-", clock);
    e.conversationId = contact;
    e.seq = seq;
    e.direction = "OUTBOUND";
    e.messageId = Filing.cut(out.messageId(), 998);
    e.subject = Filing.cut(out.subject(), 998);
    e.fromAddress = Filing.cut(out.fromAddress(), 320);
    e.fromName = Filing.cut(out.fromName(), 200);
    e.toAddresses = Filing.cut(String.join("\n", out.to()), 4000);
    e.ccAddresses = Filing.cut(String.join("\n", out.cc()), 4000);
    e.sentAt = clock.instant();
    e.bodyText = Filing.cut(out.text(), 1_000_000);
    e.attachments = Filing.cut(String.join("\n", out.attachments()), 4000);
    em.persist(e);
    OutboxEntity o = new OutboxEntity();
    o.id = TimeOrderedIds.next("o-", clock);
    o.conversationId = contact;
    o.seq = seq;
    o.messageId = e.messageId;
    o.mailFrom = Filing.cut(out.mailFrom(), 320);
    o.recipients = Filing.cut(String.join("\n", out.recipients()), 4000);
    o.raw = out.message();
    o.state = Outbound.State.QUEUED.name();
    o.nextAttemptAt = e.sentAt;
    o.createdAt = e.sentAt;
    em.persist(o);
    return e;
  }

  /** Persists the notice's entry unless one with its key exists; answers whether it did. */
  boolean queueNotice(Notice notice) {
    if (noticeEntry(notice.key()).isPresent()) {
      return false;
    }
    Instant now = clock.instant();
    OutboxEntity o = new OutboxEntity();
    o.id = TimeOrderedIds.next("o-", clock);
    o.noticeKey = notice.key();
    o.messageId = Filing.cut(notice.messageId(), 998);
    o.mailFrom = Filing.cut(notice.mailFrom(), 320);
    o.recipients = Filing.cut(String.join("\n", notice.recipients()), 4000);
    o.raw = notice.message();
    o.state = Outbound.State.QUEUED.name();
    o.nextAttemptAt = now;
    o.createdAt = now;
    em.persist(o);
    return true;
  }

  Optional<OutboxEntity> noticeEntry(String key) {
    return em.createNamedQuery(OutboxEntity.BY_NOTICE_KEY, OutboxEntity.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  Map<Long, EmailThreadView.Delivery> deliveries(String contact) {
    Map<Long, EmailThreadView.Delivery> out = new HashMap<>();
    for (OutboxEntity o :
        em.createNamedQuery(OutboxEntity.OF_THREAD, OutboxEntity.class)
            .setParameter("conversation", contact)
            .getResultList()) {
      if (o.seq != null) {
        out.put(o.seq, delivery(o));
      }
    }
    return out;
  }

  static EmailThreadView.Delivery delivery(OutboxEntity o) {
    return new EmailThreadView.Delivery(
        Outbound.State.valueOf(o.state), o.attempts, o.lastError, o.nextAttemptAt);
  }

  List<String> due(int limit) {
    return em.createNamedQuery(OutboxEntity.DUE, String.class)
        .setParameter("now", clock.instant())
        .setMaxResults(limit)
        .getResultList();
  }

  Optional<Outbound> claim(String id) {
    OutboxEntity o = em.find(OutboxEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (o == null
        || !(o.state.equals("QUEUED") || o.state.equals("RETRYING"))
        || o.nextAttemptAt.isAfter(clock.instant())) {
      return Optional.empty();
    }
    o.state = Outbound.State.SENDING.name();
    o.attempts++;
    return Optional.of(
        new Outbound(
            o.id,
            o.conversationId,
            o.seq == null ? 0 : o.seq,
            o.mailFrom,
            List.of(o.recipients.split("\n")),
            o.raw,
            Outbound.State.SENDING,
            o.attempts,
            o.lastError,
            o.nextAttemptAt));
  }

  void sent(String id) {
    OutboxEntity o = em.find(OutboxEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (o != null) {
      o.state = Outbound.State.SENT.name();
      o.sentAt = clock.instant();
      o.lastError = null;
    }
  }

  void failed(String id, String error, Instant retryAt) {
    OutboxEntity o = em.find(OutboxEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (o != null) {
      o.state = (retryAt == null ? Outbound.State.FAILED : Outbound.State.RETRYING).name();
      o.lastError = Filing.cut(error, 1000);
      if (retryAt != null) {
        o.nextAttemptAt = retryAt;
      }
    }
  }

  int recoverSending() {
    List<OutboxEntity> sending =
        em.createNamedQuery(OutboxEntity.IN_STATE, OutboxEntity.class)
            .setParameter("state", Outbound.State.SENDING.name())
            .getResultList();
    for (OutboxEntity o : sending) {
      o.state = Outbound.State.RETRYING.name();
      o.lastError = "the server stopped while sending; sent again";
      o.nextAttemptAt = clock.instant();
    }
    return sending.size();
  }
}
