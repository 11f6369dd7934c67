package dev.parley.email.internal;

import dev.parley.conversation.AttachmentRef;
import dev.parley.conversation.Author;
import dev.parley.conversation.AuthorRole;
import dev.parley.conversation.Conversations;
import dev.parley.conversation.MessageKind;
import dev.parley.conversation.NewConversation;
import dev.parley.conversation.NewMessage;
import dev.parley.conversation.Visibility;
import dev.parley.email.InboundEmail;
import dev.parley.email.MailEnvelope;
import dev.parley.email.StoredMail;
import dev.parley.platform.persistence.TimeOrderedIds;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactDetail;
import dev.parley.routing.api.ContactView;
import dev.parley.routing.api.Direction;
import dev.parley.routing.api.NewContact;
import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.RoutingRefusedException.Kind;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.admin.ReferenceKind;
import dev.parley.routing.api.admin.RoutingAdmin;
import dev.parley.routing.api.id.AttachmentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import dev.parley.routing.reference.CalendarMapping;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Puts received messages into their threads, in the caller's transaction, one after the other (a
 * batch's new threads get their contacts from routing in one step first). A message goes to the
 * thread it answers (by In-Reply-To and References, or by its ticket token when it comes from the
 * thread's customer) — reopened when it was closed, for the agent who had it — else a new thread —
 * an EMAIL contact made once per message ({@code mail:<id>} as its origin, so a retry after a crash
 * makes no second one) in the queue its recipients' rule names. The message becomes the customer's
 * conversation message (text cut to the conversation's length, its files kept), with its e-mail
 * side in {@code email_message}.
 */
@ApplicationScoped
class Filing {

  /** How many of a message's files its conversation message carries (all are kept). */
  private static final int FILES_ON_MESSAGE = 10;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @EJB RoutingService routing;

  @EJB RoutingAdmin admin;

  @EJB Conversations conversations;

  /** What filing did: the contact, and whether the message began its thread. */
  record Outcome(String contact, StoredMail.Filed filed) {}

  /** A stored message and what it parsed as. */
  record Item(InboundEntity m, InboundEmail email) {}

  /** What the caller does with each message as soon as it is filed (its index, its outcome). */
  @FunctionalInterface
  interface Then {
    void filed(int index, Outcome outcome);
  }

  /**
   * Files {@code items}, in order, handing each outcome to {@code then} before the next message.
   * The messages that begin a thread for sure — naming no earlier message and carrying no ticket
   * token — have their contacts made first, in one step of routing; the others are threaded one by
   * one in their turn (one may answer a message of this same batch).
   */
  void fileAll(List<Item> items, Map<String, String> rules, Then then) {
    // Per item: its route when it begins a thread for sure, else null (threaded in its turn).
    List<Map.Entry<String, String>> routes = new ArrayList<>(items.size());
    List<NewContact> fresh = new ArrayList<>();
    for (Item i : items) {
      Map.Entry<String, String> route =
          beginsThread(i.email()) ? route(i.m(), i.email(), rules) : null;
      routes.add(route);
      if (route != null) {
        fresh.add(newContact(i.m(), customerOf(i.m(), i.email()), route.getValue()));
      }
    }
    Iterator<ContactView> made =
        (fresh.isEmpty() ? List.<ContactView>of() : routing.receiveAll(fresh)).iterator();
    Map<String, Boolean> closed = new HashMap<>();
    for (int n = 0; n < items.size(); n++) {
      Item i = items.get(n);
      Map.Entry<String, String> route = routes.get(n);
      then.filed(
          n,
          route == null
              ? fileOne(i.m(), i.email(), rules, closed)
              : begin(
                  i.m(),
                  i.email(),
                  customerOf(i.m(), i.email()),
                  route,
                  ContactId.of(made.next().id()),
                  closed));
    }
  }

  /** Whether {@code email} begins a thread whatever is stored: it names no message, no ticket. */
  private static boolean beginsThread(InboundEmail email) {
    return email.inReplyTo().stream().allMatch(id -> id == null || id.isBlank())
        && email.references().stream().allMatch(id -> id == null || id.isBlank())
        && Tickets.in(email.subject()).isEmpty();
  }

  private Outcome fileOne(
      InboundEntity m, InboundEmail email, Map<String, String> rules, Map<String, Boolean> closed) {
    String customer = customerOf(m, email);
    Optional<ThreadEntity> answered = threadOf(email, customer);
    if (answered.isEmpty()) {
      Map.Entry<String, String> route = route(m, email, rules);
      ContactId contact =
          ContactId.of(routing.receive(newContact(m, customer, route.getValue())).id());
      return begin(m, email, customer, route, contact, closed);
    }
    // The thread goes on: a closed one is reopened, for the agent who had it if they can.
    ThreadEntity thread = answered.get();
    ContactId contact = ContactId.of(thread.contactId);
    if (!open(thread.contactId)) {
      routing.reopen(contact);
      conversations.resume(contact);
      conversations.post(
          contact,
          NewMessage.event(
              "The customer wrote again: ticket #" + thread.ticket + " reopened",
              Visibility.AGENTS));
    }
    post(m, email, contact, customer);
    return new Outcome(contact.value(), new StoredMail.Filed(false, thread.view(), false, false));
  }

  /**
   * The rest of a new thread, its contact made: the conversation, the thread (unless a filing
   * before a crash made it) and the message.
   */
  private Outcome begin(
      InboundEntity m,
      InboundEmail email,
      String customer,
      Map.Entry<String, String> route,
      ContactId contact,
      Map<String, Boolean> closed) {
    conversations.open(
        new NewConversation(
            contact,
            CustomerId.of(customer),
            cut(email.fromName(), 100),
            cut(customer, 254),
            null,
            null));
    Optional<ThreadEntity> made = threadOfContact(contact);
    boolean began = made.isEmpty();
    ThreadEntity thread = made.orElseGet(() -> newThread(contact, email, customer, route));
    post(m, email, contact, customer);
    boolean afterHours = began && closed.computeIfAbsent(route.getValue(), this::closedNow);
    return new Outcome(
        contact.value(), new StoredMail.Filed(began, thread.view(), afterHours, false));
  }

  /** The queue {@code m}'s recipients' rule names (with the recipient it matched). */
  private Map.Entry<String, String> route(
      InboundEntity m, InboundEmail email, Map<String, String> rules) {
    List<String> recipients =
        Stream.of(envelopeOf(m).recipients(), email.to(), email.cc())
            .flatMap(List::stream)
            .toList();
    return Routes.choose(rules, recipients)
        .orElseGet(() -> Map.entry(recipients.isEmpty() ? "" : recipients.get(0), anyQueue()));
  }

  /** A new thread's contact, made once per stored message ({@code mail:<id>} its origin). */
  private static NewContact newContact(InboundEntity m, String customer, String queue) {
    return new NewContact(Channel.EMAIL, queue, customer, 0, Direction.INBOUND)
        .from("mail:" + m.id);
  }

  /**
   * Whether {@code queue} is closed now by its business hours (asked for a new thread only: an
   * answer to an existing one gets no acknowledgement, so whether its queue is open does not
   * matter).
   */
  private boolean closedNow(String queue) {
    return admin
        .find(ReferenceKind.QUEUE, queue)
        .map(QueueDefinition::businessHours)
        .flatMap(
            hours ->
                hours == null ? Optional.empty() : admin.find(ReferenceKind.BUSINESS_HOURS, hours))
        .map(h -> !CalendarMapping.toHours(h).isOpen(clock.instant()))
        .orElse(false);
  }

  private void post(InboundEntity m, InboundEmail email, ContactId contact, String customer) {
    List<AttachmentId> files = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (InboundEmail.Part part : email.attachments()) {
      if (part.content() == null || part.content().length == 0) {
        continue;
      }
      AttachmentRef stored =
          conversations.keep(
              contact,
              fileName(part),
              part.contentType(),
              new ByteArrayInputStream(part.content()),
              m.sizeBytes + 1,
              customer);
      files.add(stored.id());
      kept.add(
          stored.id().value()
              + (part.contentId() == null ? "" : " " + part.contentId().replaceAll("\\s", "")));
    }
    String text = email.text() == null ? "" : email.text().stripTrailing();
    String shown = text.isBlank() ? "(no text)" : text;
    var message =
        conversations.post(
            contact,
            new NewMessage(
                "mail:" + m.id,
                new Author(AuthorRole.CUSTOMER, customer, cut(email.fromName(), 200)),
                MessageKind.TEXT,
                Visibility.ALL,
                cut(shown, Conversations.MAX_TEXT),
                files.subList(0, Math.min(FILES_ON_MESSAGE, files.size()))));
    MessageEntity e = new MessageEntity();
    e.id = TimeOrderedIds.next("e-", clock);
    e.conversationId = contact.value();
    e.seq = message.seq();
    e.direction = "INBOUND";
    e.inboundId = m.id;
    e.messageId = cut(email.messageId(), 998);
    e.subject = cut(email.subject() == null ? "" : email.subject(), 998);
    e.fromAddress = cut(customer, 320);
    e.fromName = cut(email.fromName(), 200);
    e.toAddresses = cut(String.join("\n", email.to()), 4000);
    e.ccAddresses = cut(String.join("\n", email.cc()), 4000);
    e.sentAt = email.sentAt();
    e.bodyText = cut(text, 1_000_000);
    e.bodyHtml = cut(email.html(), 1_000_000);
    e.attachments = cut(String.join("\n", kept), 4000);
    e.problems = email.problems().isEmpty() ? null : cut(String.join("\n", email.problems()), 4000);
    e.flagged = email.flagged();
    em.persist(e);
  }

  /**
   * The thread {@code email} answers: the newest thread holding a message it names, or the one of
   * the ticket in its subject when that thread is {@code customer}'s (a ticket number alone is
   * guessable: it may not put a stranger's mail into someone's thread).
   */
  private Optional<ThreadEntity> threadOf(InboundEmail email, String customer) {
    List<String> ids =
        Stream.concat(email.inReplyTo().stream(), email.references().stream())
            .filter(id -> id != null && !id.isBlank())
            .map(id -> cut(id, 998))
            .distinct()
            .limit(100)
            .toList();
    if (!ids.isEmpty()) {
      List<String> conversations =
          em.createNamedQuery(MessageEntity.THREAD_OF_IDS, String.class)
              .setParameter("ids", ids)
              .setMaxResults(1)
              .getResultList();
      if (!conversations.isEmpty()) {
        return threadOfContact(ContactId.of(conversations.get(0)));
      }
    }
    return Tickets.in(email.subject())
        .map(ticket -> em.find(ThreadEntity.class, ticket))
        .filter(t -> t.customerAddress.equalsIgnoreCase(customer));
  }

  private Optional<ThreadEntity> threadOfContact(ContactId contact) {
    return em.createNamedQuery(ThreadEntity.OF_CONTACT, ThreadEntity.class)
        .setParameter("contact", contact.value())
        .getResultStream()
        .findFirst();
  }

  private ThreadEntity newThread(
      ContactId contact, InboundEmail email, String customer, Map.Entry<String, String> route) {
    ThreadEntity t = new ThreadEntity();
    t.contactId = contact.value();
    t.subject = cut(email.subject() == null ? "" : email.subject(), 998);
    t.customerAddress = cut(customer, 320);
    t.mailbox = cut(route.getKey(), 320);
    t.createdAt = clock.instant();
    em.persist(t);
    return t;
  }

  /** Whether the thread's contact still takes messages (not closed, its conversation not ended). */
  private boolean open(String contact) {
    Optional<ContactDetail> d = routing.contact(ContactId.of(contact));
    if (d.isEmpty() || d.get().contact().state().isTerminal()) {
      return false;
    }
    return conversations.find(ContactId.of(contact)).map(c -> !c.ended()).orElse(false);
  }

  /** No rule matched and there is no default rule: the first queue (by name) serving EMAIL. */
  private String anyQueue() {
    return admin.list(ReferenceKind.QUEUE).stream()
        .filter(q -> q.channels().contains(Channel.EMAIL.name()))
        .map(QueueDefinition::name)
        .min(Comparator.naturalOrder())
        .orElseThrow(
            () ->
                new RoutingRefusedException(
                    Kind.BUSY, "no queue serves EMAIL: the mail waits until one does"));
  }

  /** The sender: the From address, else the envelope's, else the peer. */
  private static String customerOf(InboundEntity m, InboundEmail email) {
    String from = Routes.normal(email.fromAddress());
    if (from.isEmpty() || !from.contains("@")) {
      from = Routes.normal(m.mailFrom);
    }
    if (from.isEmpty()) {
      from = "unknown-sender@" + (m.remoteAddress == null ? "unknown" : m.remoteAddress);
    }
    return cut(from, 200);
  }

  private static String fileName(InboundEmail.Part part) {
    String name = part.fileName();
    if (name == null || name.isBlank()) {
      name = part.inline() ? "inline" : "attachment";
    }
    name = name.replaceAll("[\\r\\n\\x00]", " ").strip();
    return cut(name.isEmpty() ? "attachment" : name, 200);
  }

  static MailEnvelope envelopeOf(InboundEntity m) {
    return new MailEnvelope(
        m.mailFrom,
        m.recipients.isEmpty() ? List.of() : List.of(m.recipients.split("\n")),
        m.remoteAddress,
        m.helo,
        m.protocol,
        m.tls,
        m.receivedAt);
  }

  /** {@code s} at most {@code max} characters (null stays null). */
  static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
