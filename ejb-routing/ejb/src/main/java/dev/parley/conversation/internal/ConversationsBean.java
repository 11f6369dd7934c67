package dev.parley.conversation.internal;

import dev.parley.conversation.AttachmentRef;
import dev.parley.conversation.AuthorRole;
import dev.parley.conversation.ConsultRequest;
import dev.parley.conversation.ConversationEvent;
import dev.parley.conversation.ConversationInfo;
import dev.parley.conversation.Conversations;
import dev.parley.conversation.Message;
import dev.parley.conversation.MessageKind;
import dev.parley.conversation.NewConversation;
import dev.parley.conversation.NewMessage;
import dev.parley.conversation.Participant;
import dev.parley.conversation.Posted;
import dev.parley.conversation.StoredAttachment;
import dev.parley.conversation.Visibility;
import dev.parley.platform.persistence.StoreDurability;
import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.RoutingRefusedException.Kind;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.AttachmentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Conversations} in the caller's transaction (a new one for callers outside any). Adding a
 * message locks its conversation's row, so two writers of one conversation number their messages
 * one after the other; writers of different conversations do not wait for each other. Whatever is
 * answered is written to the database file first ({@link StoreDurability}).
 */
@Stateless
@Local(Conversations.class)
public class ConversationsBean implements Conversations {

  @PersistenceContext(unitName = "parley")
  EntityManager em;

  @Inject Clock clock;

  @Inject StoreDurability durability;

  @Inject AttachmentFiles files;

  @Inject Event<ConversationEvent> events;

  @Override
  public ConversationInfo open(NewConversation c) {
    ConversationEntity existing = em.find(ConversationEntity.class, c.id().value());
    if (existing != null) {
      return existing.info();
    }
    ConversationEntity row =
        new ConversationEntity(
            c.id().value(),
            c.customer().value(),
            c.customerName(),
            c.customerEmail(),
            c.entryPoint(),
            c.option(),
            clock.instant());
    em.persist(row);
    durability.flushAfterCommit();
    return row.info();
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) // also from after-commit observers
  public Optional<ConversationInfo> find(ContactId conversation) {
    return Optional.ofNullable(em.find(ConversationEntity.class, conversation.value()))
        .map(ConversationEntity::info);
  }

  @Override
  public List<ConversationInfo> ofCustomer(CustomerId customer) {
    return em.createNamedQuery(ConversationEntity.OF_CUSTOMER, ConversationEntity.class)
        .setParameter("customer", customer.value())
        .setMaxResults(200)
        .getResultStream()
        .map(ConversationEntity::info)
        .toList();
  }

  @Override
  public Message post(ContactId conversation, NewMessage m) {
    return postOnce(conversation, m).message();
  }

  @Override
  public Posted postOnce(ContactId conversation, NewMessage m) {
    ConversationEntity c = locked(conversation);
    if (m.clientId() != null && c.mayHoldPost(m.author().id(), m.clientId())) {
      List<MessageEntity> earlier =
          em.createNamedQuery(MessageEntity.BY_CLIENT_ID, MessageEntity.class)
              .setParameter("conversation", conversation.value())
              .setParameter("author", m.author().id())
              .setParameter("clientId", m.clientId())
              .getResultList();
      if (!earlier.isEmpty()) {
        return new Posted(withAttachments(conversation, earlier).get(0), true);
      }
    }
    if (c.ended() && m.author().role() == AuthorRole.CUSTOMER) {
      throw new RoutingRefusedException(Kind.CONFLICT, "the conversation has ended");
    }
    if (m.text().isBlank() && m.attachments().isEmpty()) {
      throw new RoutingRefusedException(Kind.INVALID, "a message needs text or an attachment");
    }
    List<AttachmentEntity> attached = new ArrayList<>();
    for (AttachmentId id : m.attachments()) {
      AttachmentEntity a = em.find(AttachmentEntity.class, id.value());
      if (a == null
          || !a.conversationId().equals(conversation.value())
          || a.messageSeq() != null
          || !String.valueOf(m.author().id()).equals(a.uploadedBy())) {
        throw new RoutingRefusedException(
            Kind.INVALID, "attachment " + id + " is not an unsent upload of yours here");
      }
      attached.add(a);
    }
    Visibility visibility = m.kind() == MessageKind.NOTE ? Visibility.AGENTS : m.visibility();
    long seq = c.nextSeq();
    MessageEntity row =
        new MessageEntity(
            conversation.value(),
            seq,
            m.author(),
            m.kind(),
            visibility,
            m.text(),
            clock.instant(),
            m.clientId());
    em.persist(row);
    attached.forEach(a -> a.sentWith(seq));
    Message stored = row.toMessage(attached.stream().map(AttachmentEntity::ref).toList());
    durability.flushAfterCommit();
    events.fire(new ConversationEvent.MessageAdded(stored)); // told after the commit
    return new Posted(stored, false);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) // also from after-commit observers
  public List<Message> messages(
      ContactId conversation, long afterSeq, boolean customerView, int limit) {
    List<MessageEntity> rows =
        em.createNamedQuery(
                customerView ? MessageEntity.AFTER_FOR_CUSTOMER : MessageEntity.AFTER,
                MessageEntity.class)
            .setParameter("conversation", conversation.value())
            .setParameter("after", afterSeq)
            .setMaxResults(limit)
            .getResultList();
    return withAttachments(conversation, rows);
  }

  private List<Message> withAttachments(ContactId conversation, List<MessageEntity> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<AttachmentRef>> bySeq = new HashMap<>();
    em.createNamedQuery(AttachmentEntity.OF_MESSAGES, AttachmentEntity.class)
        .setParameter("conversation", conversation.value())
        .setParameter("seqs", rows.stream().map(MessageEntity::seq).toList())
        .getResultStream()
        .forEach(a -> bySeq.computeIfAbsent(a.messageSeq(), k -> new ArrayList<>()).add(a.ref()));
    return rows.stream().map(r -> r.toMessage(bySeq.getOrDefault(r.seq(), List.of()))).toList();
  }

  @Override
  public ConversationInfo end(ContactId conversation) {
    ConversationEntity c = locked(conversation);
    c.end(clock.instant());
    durability.flushAfterCommit();
    transcriptDue(c);
    return c.info();
  }

  @Override
  public ConversationInfo resume(ContactId conversation) {
    ConversationEntity c = locked(conversation);
    c.resume();
    durability.flushAfterCommit();
    return c.info();
  }

  @Override
  public ConversationInfo rate(ContactId conversation, int score, String comment) {
    ConversationEntity c = locked(conversation);
    if (!c.ended()) {
      throw new RoutingRefusedException(Kind.CONFLICT, "a chat is rated once it has ended");
    }
    c.rate(score, comment == null || comment.isBlank() ? null : comment.strip());
    durability.flushAfterCommit();
    return c.info();
  }

  @Override
  public ConversationInfo requestTranscript(ContactId conversation, String email) {
    ConversationEntity c = locked(conversation);
    c.transcriptTo(email);
    durability.flushAfterCommit();
    transcriptDue(c);
    return c.info();
  }

  @Override
  public List<ContactId> transcriptsDue(int limit) {
    return em.createNamedQuery(ConversationEntity.TRANSCRIPTS_DUE, String.class)
        .setMaxResults(limit)
        .getResultStream()
        .map(ContactId::of)
        .toList();
  }

  @Override
  public Optional<ConversationInfo> claimTranscript(ContactId conversation) {
    ConversationEntity c =
        em.find(ConversationEntity.class, conversation.value(), LockModeType.PESSIMISTIC_WRITE);
    if (c == null || !c.transcriptDue()) {
      return Optional.empty();
    }
    c.transcriptQueued();
    durability.flushAfterCommit();
    return Optional.of(c.info());
  }

  /** Tells the e-mail channel (after the commit) that a transcript waits to be sent. */
  private void transcriptDue(ConversationEntity c) {
    if (c.transcriptDue()) {
      events.fire(new ConversationEvent.TranscriptDue(c.info().id()));
    }
  }

  @Override
  public Participant join(
      ContactId conversation,
      AgentId agent,
      AuthorRole role,
      Visibility visibility,
      ContactId consult) {
    locked(conversation);
    ParticipantEntity p =
        em.find(
            ParticipantEntity.class,
            new ParticipantEntity.Key(conversation.value(), agent.value()));
    if (p == null) {
      p = new ParticipantEntity(conversation.value(), agent.value());
      p.join(role, visibility, consult == null ? null : consult.value(), clock.instant());
      em.persist(p);
    } else {
      p.join(role, visibility, consult == null ? null : consult.value(), clock.instant());
    }
    durability.flushAfterCommit();
    return p.participant();
  }

  @Override
  public void leave(ContactId conversation, AgentId agent) {
    ParticipantEntity p =
        em.find(
            ParticipantEntity.class,
            new ParticipantEntity.Key(conversation.value(), agent.value()));
    if (p != null) {
      p.leave(clock.instant());
    }
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) // also from after-commit observers
  public List<Participant> participants(ContactId conversation) {
    return em.createNamedQuery(ParticipantEntity.OF_CONVERSATION, ParticipantEntity.class)
        .setParameter("conversation", conversation.value())
        .getResultStream()
        .map(ParticipantEntity::participant)
        .toList();
  }

  @Override
  public boolean tookPart(ContactId conversation, AgentId agent) {
    return em.find(
            ParticipantEntity.class, new ParticipantEntity.Key(conversation.value(), agent.value()))
        != null;
  }

  @Override
  public void requestConsult(ConsultRequest request) {
    if (em.find(ConsultEntity.class, request.consult().value()) == null) {
      em.persist(new ConsultEntity(request));
      durability.flushAfterCommit();
    }
  }

  @Override
  public Optional<ConsultRequest> consult(ContactId consult) {
    return Optional.ofNullable(em.find(ConsultEntity.class, consult.value()))
        .map(ConsultEntity::request);
  }

  @Override
  public AttachmentRef attach(
      ContactId conversation, String name, InputStream content, long maxBytes, String uploadedBy) {
    if (em.find(ConversationEntity.class, conversation.value()) == null) {
      throw new RoutingRefusedException(Kind.NOT_FOUND, "no conversation " + conversation);
    }
    AttachmentFiles.Stored file = files.store(conversation, content, maxBytes);
    return keepRow(conversation, name, file, uploadedBy);
  }

  private AttachmentRef keepRow(
      ContactId conversation, String name, AttachmentFiles.Stored file, String uploadedBy) {
    Instant now = clock.instant();
    AttachmentEntity row =
        new AttachmentEntity(
            file.id().value(),
            conversation.value(),
            name.strip(),
            file.type(),
            file.size(),
            file.relativePath(),
            uploadedBy,
            now);
    em.persist(row);
    files.deleteIfRolledBack(file);
    durability.flushAfterCommit();
    return row.ref();
  }

  @Override
  public AttachmentRef keep(
      ContactId conversation,
      String name,
      String declaredType,
      InputStream content,
      long maxBytes,
      String uploadedBy) {
    if (em.find(ConversationEntity.class, conversation.value()) == null) {
      throw new RoutingRefusedException(Kind.NOT_FOUND, "no conversation " + conversation);
    }
    AttachmentFiles.Stored file =
        files.store(
            conversation,
            content,
            maxBytes,
            declaredType == null ? "application/octet-stream" : declaredType);
    return keepRow(conversation, name, file, uploadedBy);
  }

  @Override
  public Optional<StoredAttachment> attachment(AttachmentId attachment) {
    return Optional.ofNullable(em.find(AttachmentEntity.class, attachment.value()))
        .map(
            a ->
                new StoredAttachment(
                    ContactId.of(a.conversationId()), a.ref(), files.resolve(a.storedPath())));
  }

  private ConversationEntity locked(ContactId conversation) {
    ConversationEntity c =
        em.find(ConversationEntity.class, conversation.value(), LockModeType.PESSIMISTIC_WRITE);
    if (c == null) {
      throw new RoutingRefusedException(Kind.NOT_FOUND, "no conversation " + conversation);
    }
    return c;
  }
}
