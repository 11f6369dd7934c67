package dev.parley.email.internal;

import dev.parley.email.Acknowledgement;
import dev.parley.email.Acknowledging;
import dev.parley.email.EmailMessage;
import dev.parley.email.EmailThread;
import dev.parley.email.EmailThreadView;
import dev.parley.email.InboundEmail;
import dev.parley.email.MailEnvelope;
import dev.parley.email.MailRoute;
import dev.parley.email.MailStore;
import dev.parley.email.NewOutbound;
import dev.parley.email.Notice;
import dev.parley.email.Outbound;
import dev.parley.email.StoredMail;
import dev.parley.email.StoredMail.MailState;
import dev.parley.platform.persistence.StoreDurability;
import dev.parley.platform.persistence.TimeOrderedIds;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.RoutingRefusedException.Kind;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.admin.ReferenceKind;
import dev.parley.routing.api.admin.RoutingAdmin;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * {@link MailStore}: keeps what listeners received ({@code email_inbound}) and files it into
 * threads through {@link Filing}; keeps the address rules.
 */
@Stateless
@Local(MailStore.class)
public class MailStoreBean implements MailStore {

  private static final Logger LOG = Logger.getLogger(MailStoreBean.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Filing filing;

  @Inject Outbox outbox;

  /** The address rules and the acknowledgement template, read at most every few seconds. */
  @Inject MailSettings settings;

  /** Every change is in the database file before the caller is answered (H2's write delay). */
  @Inject StoreDurability durability;

  @EJB RoutingAdmin admin;

  @Resource SessionContext context;

  @Override
  public StoredMail store(MailEnvelope envelope, String messageId, byte[] message) {
    if (message.length > MAX_MESSAGE_BYTES) {
      throw new RoutingRefusedException(Kind.INVALID, "the message is larger than allowed");
    }
    String key = dedupeKey(messageId, message);
    List<InboundEntity> earlier =
        em.createNamedQuery(InboundEntity.BY_KEY, InboundEntity.class)
            .setParameter("key", key)
            .getResultList();
    if (!earlier.isEmpty()) {
      InboundEntity m = earlier.get(0);
      return new StoredMail(m.id, true, MailState.valueOf(m.state), m.contactId);
    }
    InboundEntity m = new InboundEntity();
    m.id = TimeOrderedIds.next("m-", clock);
    m.dedupeKey = key;
    m.messageId = Filing.cut(messageId, 998);
    m.mailFrom = Filing.cut(envelope.mailFrom(), 320);
    m.recipients = Filing.cut(String.join("\n", envelope.recipients()), 4000);
    m.remoteAddress = Filing.cut(envelope.remoteAddress(), 64);
    m.helo = Filing.cut(envelope.helo(), 255);
    m.protocol = Filing.cut(envelope.protocol(), 8);
    m.tls = envelope.tls();
    m.receivedAt = envelope.receivedAt() == null ? clock.instant() : envelope.receivedAt();
    m.sizeBytes = message.length;
    m.raw = message;
    m.state = MailState.RECEIVED.name();
    em.persist(m);
    durability.flushAfterCommit();
    return new StoredMail(m.id, false, MailState.RECEIVED, null);
  }

  @Override
  public List<String> unfiled(int limit, Instant receivedBefore) {
    return em.createNamedQuery(InboundEntity.UNFILED, String.class)
        .setParameter("before", receivedBefore)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<byte[]> raw(String mail) {
    return Optional.ofNullable(em.find(InboundEntity.class, mail)).map(m -> m.raw);
  }

  @Override
  public Optional<MailEnvelope> envelope(String mail) {
    return Optional.ofNullable(em.find(InboundEntity.class, mail)).map(Filing::envelopeOf);
  }

  @Override
  public StoredMail file(String mail, InboundEmail email, Acknowledging acknowledging) {
    return fileAll(List.of(new ToFile(mail, email, acknowledging))).get(0);
  }

  @Override
  public List<StoredMail> fileAll(List<ToFile> messages) {
    try {
      return fileInOrder(messages);
    } catch (RuntimeException e) {
      // A refusal (an application exception) would otherwise commit the messages filed before it:
      // all or none.
      context.setRollbackOnly();
      throw e;
    }
  }

  private List<StoredMail> fileInOrder(List<ToFile> messages) {
    // Locked in the order of their ids, so two batches sharing messages (a sweep beside the
    // listener's filing) wait for each other instead of deadlocking.
    Map<String, InboundEntity> rows = new HashMap<>();
    for (String id : new TreeSet<>(messages.stream().map(ToFile::mail).toList())) {
      InboundEntity m = em.find(InboundEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (m == null) {
        throw new RoutingRefusedException(Kind.NOT_FOUND, "no stored mail " + id);
      }
      rows.put(id, m);
    }
    List<ToFile> todo = new ArrayList<>();
    List<Filing.Item> items = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (ToFile f : messages) {
      InboundEntity m = rows.get(f.mail());
      if (!MailState.FILED.name().equals(m.state) && taken.add(f.mail())) {
        todo.add(f);
        items.add(new Filing.Item(m, f.email()));
      }
    }
    Map<String, StoredMail> filed = new HashMap<>();
    Instant now = clock.instant();
    Map<String, String> rules = rules();
    filing.fileAll(
        items,
        rules,
        (i, done) -> {
          ToFile f = todo.get(i);
          em.createNamedQuery(InboundEntity.MARK_FILED) // its row is held by the lock above
              .setParameter("contact", done.contact())
              .setParameter("at", now)
              .setParameter("id", f.mail())
              .executeUpdate();
          StoredMail.Filed outcome = done.filed();
          if (outcome.newThread() && acknowledge(f.email(), outcome, f.acknowledging())) {
            outcome = outcome.acknowledgedToo();
          }
          filed.put(
              f.mail(), new StoredMail(f.mail(), false, MailState.FILED, done.contact(), outcome));
          if (todo.size() > 1) {
            // Each message's rows are written now and forgotten by this persistence context, so
            // every flush of the batch (each query flushes first) checks only the message at hand.
            em.flush();
            em.clear();
          }
        });
    if (!todo.isEmpty()) {
      durability.flushAfterCommit();
    }
    List<StoredMail> answers = new ArrayList<>(messages.size());
    for (ToFile f : messages) {
      StoredMail first = filed.remove(f.mail()); // a message named twice: filed by the first
      InboundEntity m = rows.get(f.mail());
      answers.add(first != null ? first : new StoredMail(m.id, true, MailState.FILED, m.contactId));
    }
    return answers;
  }

  /**
   * Queues the acknowledgement of a message that began a thread, in filing's transaction. Two first
   * messages of one sender filed at the same moment both find no earlier acknowledgement; the
   * database refuses the second record at commit, and that message is filed again by the sweep —
   * finding the first one's acknowledgement then, so it gets none.
   */
  private boolean acknowledge(InboundEmail email, StoredMail.Filed filed, Acknowledging composer) {
    Acknowledgement template = acknowledgement();
    if (!template.enabled() || email.fromAddress() == null) {
      return false;
    }
    Optional<NewOutbound> ack =
        composer.acknowledgement(filed.thread(), filed.afterHours(), template);
    if (ack.isEmpty() || !mayAcknowledge(email.fromAddress(), template)) {
      return false;
    }
    outbox.queueReply(filed.thread().contact(), ack.get());
    return true;
  }

  @Override
  public Optional<EmailThread> thread(String contact) {
    return em.createNamedQuery(ThreadEntity.OF_CONTACT, ThreadEntity.class)
        .setParameter("contact", contact)
        .getResultStream()
        .findFirst()
        .map(ThreadEntity::view);
  }

  @Override
  public List<EmailMessage> messages(String contact) {
    return em.createNamedQuery(MessageEntity.OF_CONVERSATION, MessageEntity.class)
        .setParameter("conversation", contact)
        .getResultStream()
        .map(MailStoreBean::view)
        .toList();
  }

  private static EmailMessage view(MessageEntity e) {
    List<EmailMessage.File> files = new ArrayList<>();
    for (String line : lines(e.attachments)) {
      String[] f = line.split(" ", 2);
      files.add(new EmailMessage.File(f[0], f.length > 1 ? f[1] : null));
    }
    return new EmailMessage(
        e.seq,
        EmailMessage.Direction.valueOf(e.direction),
        e.messageId,
        e.subject,
        e.fromAddress,
        e.fromName,
        lines(e.toAddresses),
        lines(e.ccAddresses),
        e.sentAt,
        e.bodyText,
        e.bodyHtml,
        files,
        lines(e.problems),
        e.flagged);
  }

  private static List<String> lines(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("\n"));
  }

  @Override
  public EmailMessage queueReply(String contact, NewOutbound message) {
    durability.flushAfterCommit();
    return view(outbox.queueReply(contact, message));
  }

  @Override
  public boolean queueNotice(Notice notice) {
    boolean queued = outbox.queueNotice(notice);
    if (queued) {
      durability.flushAfterCommit();
    }
    LOG.info(
        () ->
            "event=email.notice.%s kind=%s key=%s"
                .formatted(queued ? "queued" : "again", notice.kind(), notice.key()));
    return queued;
  }

  @Override
  public Optional<EmailThreadView.Delivery> notice(String key) {
    return outbox.noticeEntry(key).map(Outbox::delivery);
  }

  @Override
  public Map<Long, EmailThreadView.Delivery> deliveries(String contact) {
    return outbox.deliveries(contact);
  }

  @Override
  public List<String> dueOutbound(int limit) {
    return outbox.due(limit);
  }

  @Override
  public Optional<Outbound> claimOutbound(String id) {
    // Committed, not flushed: a claim a crash loses leaves the entry QUEUED, sent after the
    // restart — just what recoverSending does with a flushed SENDING one.
    return outbox.claim(id);
  }

  @Override
  public void outboundSent(String id) {
    durability.flushAfterCommit();
    outbox.sent(id);
  }

  @Override
  public void outboundFailed(String id, String error, Instant retryAt) {
    durability.flushAfterCommit();
    outbox.failed(id, error, retryAt);
  }

  @Override
  public int recoverSending() {
    return outbox.recoverSending();
  }

  @Override
  public Acknowledgement acknowledgement() {
    return settings.acknowledgement(
        () -> {
          AcknowledgementEntity row =
              em.find(AcknowledgementEntity.class, AcknowledgementEntity.ID);
          return row == null ? Acknowledgement.DEFAULT : row.view();
        });
  }

  @Override
  public Acknowledgement replaceAcknowledgement(Acknowledgement acknowledgement) {
    settings.forgetAfterCommit();
    AcknowledgementEntity row = em.find(AcknowledgementEntity.class, AcknowledgementEntity.ID);
    if (row == null) {
      row = new AcknowledgementEntity();
      row.set(acknowledgement);
      em.persist(row);
    } else {
      row.set(acknowledgement);
    }
    return row.view();
  }

  /**
   * Whether {@code address} may get an acknowledgement now — none went to it within the template's
   * period — and if so, records that one goes now (loop protection, RFC 3834).
   */
  private boolean mayAcknowledge(String address, Acknowledgement template) {
    String key = Routes.normal(address);
    Instant now = clock.instant();
    AcknowledgedEntity last =
        em.find(AcknowledgedEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (last != null
        && last.sentAt.plus(Duration.ofMinutes(template.periodMinutes())).isAfter(now)) {
      return false;
    }
    if (last == null) {
      last = new AcknowledgedEntity();
      last.address = key;
      last.sentAt = now;
      em.persist(last);
    } else {
      last.sentAt = now;
    }
    return true;
  }

  @Override
  public Counts counts() {
    long unfiled =
        em.createQuery(
                "select count(m) from InboundEntity m where m.state = 'RECEIVED'", Long.class)
            .getSingleResult();
    Map<String, Long> outbox = new java.util.HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select o.state, count(o) from OutboxEntity o group by o.state", Object[].class)
            .getResultList()) {
      outbox.put((String) row[0], (Long) row[1]);
    }
    return new Counts(
        unfiled,
        outbox.getOrDefault("QUEUED", 0L),
        outbox.getOrDefault("SENDING", 0L),
        outbox.getOrDefault("RETRYING", 0L),
        outbox.getOrDefault("FAILED", 0L));
  }

  @Override
  public List<MailRoute> routes() {
    return em.createNamedQuery(RouteEntity.ALL, RouteEntity.class).getResultList().stream()
        .map(r -> new MailRoute(r.address, r.queue))
        .toList();
  }

  @Override
  public List<MailRoute> replaceRoutes(List<MailRoute> routes) {
    settings.forgetAfterCommit();
    Map<String, String> wanted = new LinkedHashMap<>();
    for (MailRoute r : routes) {
      String address = Routes.normal(r.address());
      Optional<QueueDefinition> q = admin.find(ReferenceKind.QUEUE, r.queue());
      if (q.isEmpty() || !q.get().channels().contains(Channel.EMAIL.name())) {
        throw new RoutingRefusedException(
            Kind.INVALID, "rule " + address + ": no queue " + r.queue() + " serving EMAIL");
      }
      if (wanted.put(address, r.queue()) != null) {
        throw new RoutingRefusedException(Kind.INVALID, "rule " + address + " given twice");
      }
    }
    durability.flushAfterCommit();
    em.createQuery("delete from RouteEntity").executeUpdate();
    wanted.forEach((address, queue) -> em.persist(new RouteEntity(address, queue)));
    return routes();
  }

  private Map<String, String> rules() {
    return settings.rules(
        () -> {
          Map<String, String> rules = new LinkedHashMap<>();
          for (RouteEntity r :
              em.createNamedQuery(RouteEntity.ALL, RouteEntity.class).getResultList()) {
            rules.put(r.address, r.queue);
          }
          return rules;
        });
  }

  /** SHA-256 of the Message-ID (or nothing) and of the bytes: the same message delivered again. */
  static String dedupeKey(String messageId, byte[] message) {
    try {
      MessageDigest content = MessageDigest.getInstance("SHA-256");
      byte[] body = content.digest(message);
      MessageDigest key = MessageDigest.getInstance("SHA-256");
      key.update(String.valueOf(messageId).getBytes(StandardCharsets.UTF_8));
      key.update((byte) 0);
      key.update(body);
      return HexFormat.of().formatHex(Arrays.copyOf(key.digest(), 32));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }
}
