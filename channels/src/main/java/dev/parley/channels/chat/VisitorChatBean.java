package dev.parley.channels.chat;

import dev.parley.call.Calls;
import dev.parley.channels.Receipt;
import dev.parley.channels.RoutingHandOver;
import dev.parley.channels.email.out.ReplyComposer;
import dev.parley.chat.ChatRefusedException;
import dev.parley.chat.ChatRefusedException.Code;
import dev.parley.chat.ChatStatus;
import dev.parley.chat.ChatView;
import dev.parley.chat.EntryPointDefinition;
import dev.parley.chat.EntryPoints;
import dev.parley.chat.FieldRule;
import dev.parley.chat.Standing;
import dev.parley.chat.StartRequest;
import dev.parley.chat.VisitorChat;
import dev.parley.chat.VisitorNotification;
import dev.parley.chat.VisitorPass;
import dev.parley.conversation.AttachmentRef;
import dev.parley.conversation.Author;
import dev.parley.conversation.AuthorRole;
import dev.parley.conversation.ConversationInfo;
import dev.parley.conversation.Conversations;
import dev.parley.conversation.Message;
import dev.parley.conversation.MessageKind;
import dev.parley.conversation.NewConversation;
import dev.parley.conversation.NewMessage;
import dev.parley.conversation.StoredAttachment;
import dev.parley.conversation.Visibility;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactDetail;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Direction;
import dev.parley.routing.api.NewContact;
import dev.parley.routing.api.QueueStanding;
import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.admin.ReferenceKind;
import dev.parley.routing.api.admin.RoutingAdmin;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.AttachmentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.VisitorId;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@link VisitorChat}: checks what the visitor may do (their own conversations only, the entry
 * point's menu and pre-chat fields, {@link ChatLimits}) and hands work to routing ({@link
 * WebChatChannel}) and to the conversation. Not transactional itself: routing and the conversation
 * commit their own parts, each before it is answered.
 */
@Stateless
@Local(VisitorChat.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VisitorChatBean implements VisitorChat {

  static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

  @EJB RoutingService routing;

  @EJB Conversations conversations;

  @EJB EntryPoints entryPoints;

  @EJB Calls calls;

  @Inject AgentNames names;

  @EJB RoutingAdmin admin;

  @Inject VisitorTokens tokens;

  @Inject ChatLimits limits;

  @Inject WaitEstimates estimates;

  @Inject Event<VisitorNotification> notifications;

  @Override
  public VisitorPass identify(String entryPoint, String token) {
    entryPoint(entryPoint);
    Optional<VisitorId> known = tokens.verify(token);
    VisitorId visitor = known.orElseGet(VisitorTokens::newVisitor);
    return new VisitorPass(visitor, tokens.issue(visitor), known.isPresent());
  }

  @Override
  public Optional<VisitorId> verify(String token) {
    return tokens.verify(token);
  }

  @Override
  public Optional<ChatView> openChat(VisitorId visitor, String entryPoint) {
    return conversations.ofCustomer(visitor.customer()).stream()
        .filter(c -> entryPoint.equals(c.entryPoint()) && !c.ended())
        .findFirst()
        .map(c -> view(c));
  }

  @Override
  public ChatView start(VisitorId visitor, String entryPoint, StartRequest request) {
    EntryPointDefinition d = entryPoint(entryPoint);
    Leaf leaf = leaf(d, request.option());
    String name = blankToNull(request.name());
    String email = blankToNull(request.email());
    require(d.preChat().name(), name, "your name");
    require(d.preChat().email(), email, "your e-mail address");
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw new ChatRefusedException(Code.INVALID, "'" + email + "' is not an e-mail address");
    }
    if (request.text() != null && request.text().length() > Conversations.MAX_TEXT) {
      throw tooLong();
    }
    Channel channel = request.channelOrChat();
    List<String> offered = entryPoints.channels(d);
    if (!offered.contains(channel.name())) {
      throw new ChatRefusedException(
          Code.NOT_ALLOWED,
          "this website offers " + String.join(", ", offered) + ", not " + channel);
    }
    // Calls cannot get media now (Kurento unreachable): the contact is not lost, it becomes a chat
    // whose agent sees that a call was asked for and can call back.
    boolean callRefused = channel.isLiveCall() && !calls.status().up();
    if (callRefused) {
      channel = Channel.CHAT;
    }
    long open =
        conversations.ofCustomer(visitor.customer()).stream().filter(c -> !c.ended()).count();
    if (open >= limits.maxOpen()) {
      throw new ChatRefusedException(
          Code.LIMIT_REACHED, "you have " + open + " chats open already; end one first");
    }
    Receipt receipt =
        new WebChatChannel(routing)
            .receive(new ChatStart(visitor.customer(), leaf.queue(), leaf.skill(), channel));
    if (receipt instanceof Receipt.RetryLater r) {
      throw new ChatRefusedException(Code.BUSY, r.reason());
    }
    if (receipt instanceof Receipt.Rejected r) {
      throw new ChatRefusedException(Code.INVALID, r.reason());
    }
    ContactId contact = ((Receipt.Accepted) receipt).contact();
    conversations.open(
        new NewConversation(
            contact,
            visitor.customer(),
            name == null ? null : name.strip(),
            email == null ? null : email.strip(),
            entryPoint,
            leaf.id()));
    if (callRefused) {
      conversations.post(
          contact,
          NewMessage.event(
              "Calls are unavailable right now, so this is a chat instead. The customer asked for a "
                  + (request.channelOrChat() == Channel.VIDEO ? "video call" : "call")
                  + ": call them back when calls work again.",
              Visibility.ALL));
    }
    if (request.text() != null && !request.text().isBlank()) {
      conversations.post(
          contact,
          new NewMessage(
              "start",
              customer(visitor, name),
              MessageKind.TEXT,
              Visibility.ALL,
              request.text(),
              List.of()));
    }
    return status(visitor, contact);
  }

  @Override
  public ChatView status(VisitorId visitor, ContactId conversation) {
    return view(own(visitor, conversation));
  }

  private ChatView view(ConversationInfo c) {
    ContactDetail detail = routing.contact(c.id()).orElse(null);
    ContactState state = detail == null ? null : detail.contact().state();
    String agent = detail == null ? null : detail.contact().assignedAgent();
    ChatView view =
        ChatViews.of(c, state, agent == null ? null : names.of(AgentId.of(agent)), texts(c));
    if (state == ContactState.OVERFLOWED) {
      String message = overflowMessage(detail);
      if (sentToVoicemail(detail)) {
        return new ChatView(view.conversation(), ChatStatus.VOICEMAIL, null, message);
      }
      if (message != null) {
        return new ChatView(view.conversation(), view.status(), null, message);
      }
    }
    return view;
  }

  /** A call the queue sent to voicemail (the history says "AFTER_HOURS: Voicemail[] from q"). */
  private static boolean sentToVoicemail(ContactDetail detail) {
    return detail.contact().channel().isLiveCall()
        && detail.history().stream()
            .filter(h -> "OVERFLOWED".equals(h.kind()))
            .reduce((first, second) -> second)
            .map(h -> h.detail() != null && h.detail().contains("Voicemail"))
            .orElse(false);
  }

  /** The queue's own words for a chat it ended (after hours or after the maximum wait). */
  private String overflowMessage(ContactDetail detail) {
    boolean afterHours =
        detail.history().stream()
            .filter(h -> "OVERFLOWED".equals(h.kind()))
            .reduce((first, second) -> second)
            .map(h -> h.detail() != null && h.detail().startsWith("AFTER_HOURS"))
            .orElse(false);
    return admin
        .find(ReferenceKind.QUEUE, detail.contact().queue())
        .map(q -> afterHours ? q.afterHours() : q.overflow())
        .map(QueueDefinition.Action::message)
        .filter(m -> m != null && !m.isBlank())
        .orElse(null);
  }

  private EntryPointDefinition.Texts texts(ConversationInfo c) {
    return entryPoints.find(c.entryPoint()).map(EntryPointDefinition::texts).orElse(null);
  }

  @Override
  public Message send(
      VisitorId visitor,
      ContactId conversation,
      String clientId,
      String text,
      List<AttachmentId> attachments) {
    ConversationInfo c = own(visitor, conversation);
    if (clientId.isBlank() || clientId.length() > 64) {
      throw new ChatRefusedException(Code.INVALID, "clientId must be 1 to 64 characters");
    }
    if (text.length() > Conversations.MAX_TEXT) {
      throw tooLong();
    }
    if (!limits.tryMessage(visitor)) {
      throw new ChatRefusedException(
          Code.RATE_LIMITED, "you are sending messages too fast; wait a moment");
    }
    try {
      return conversations.post(
          conversation,
          new NewMessage(
              clientId,
              customer(visitor, c.customerName()),
              MessageKind.TEXT,
              Visibility.ALL,
              text,
              attachments));
    } catch (RoutingRefusedException e) {
      throw refused(e);
    }
  }

  @Override
  public List<Message> messages(VisitorId visitor, ContactId conversation, long afterSeq) {
    own(visitor, conversation);
    return conversations.messages(conversation, Math.max(0, afterSeq), true, 1000);
  }

  @Override
  public ChatView end(VisitorId visitor, ContactId conversation) {
    ConversationInfo c = own(visitor, conversation);
    if (!c.ended()) {
      ContactState state = routing.contact(conversation).map(d -> d.contact().state()).orElse(null);
      if (state == ContactState.QUEUED
          || state == ContactState.OFFERED
          || state == ContactState.RECEIVED) {
        try {
          routing.abandon(conversation);
        } catch (RoutingRefusedException e) {
          // taken by an agent meanwhile: the visitor still leaves, as below
        }
      }
      conversations.post(
          conversation, NewMessage.event("The customer ended the chat.", Visibility.ALL));
      conversations.end(conversation);
    }
    ChatView view = status(visitor, conversation);
    notifications.fire(new VisitorNotification.StatusChanged(view));
    return view;
  }

  @Override
  public void rate(VisitorId visitor, ContactId conversation, int score, String comment) {
    own(visitor, conversation);
    if (score < 1 || score > 5) {
      throw new ChatRefusedException(Code.INVALID, "the rating is 1 to 5");
    }
    if (comment != null && comment.length() > 1000) {
      throw tooLong();
    }
    try {
      conversations.rate(conversation, score, comment);
    } catch (RoutingRefusedException e) {
      throw refused(e);
    }
  }

  @Override
  public void requestTranscript(VisitorId visitor, ContactId conversation, String email) {
    own(visitor, conversation);
    if (!EMAIL.matcher(email.strip()).matches() || email.length() > 254 || !sendable(email)) {
      throw new ChatRefusedException(Code.INVALID, "'" + email + "' is not an e-mail address");
    }
    conversations.requestTranscript(conversation, email.strip());
  }

  @Override
  public ChatView leaveMessage(
      VisitorId visitor, ContactId conversation, String name, String email, String text) {
    ConversationInfo c = own(visitor, conversation);
    ContactDetail detail = routing.contact(conversation).orElse(null);
    if (detail == null || detail.contact().state() != ContactState.OVERFLOWED) {
      throw new ChatRefusedException(
          Code.NOT_ALLOWED, "a message can be left only when nobody can take the chat");
    }
    String mail = email.strip();
    if (!EMAIL.matcher(mail).matches() || mail.length() > 254) {
      throw new ChatRefusedException(Code.INVALID, "please give your e-mail address for the reply");
    }
    if (text.isBlank()) {
      throw new ChatRefusedException(Code.INVALID, "please write your message");
    }
    if (text.length() > Conversations.MAX_TEXT) {
      throw tooLong();
    }
    String who = blankToNull(name) != null ? name.strip() : c.customerName();
    // Deferrable work: it waits in the queue whatever the hours, for an agent to answer by e-mail.
    Receipt receipt =
        new RoutingHandOver(routing)
            .receive(
                new NewContact(
                    Channel.EMAIL,
                    detail.contact().queue(),
                    visitor.customer().value(),
                    0,
                    Direction.INBOUND));
    if (receipt instanceof Receipt.RetryLater r) {
      throw new ChatRefusedException(Code.BUSY, r.reason());
    }
    if (receipt instanceof Receipt.Rejected r) {
      throw new ChatRefusedException(
          Code.NOT_ALLOWED, "this queue takes no messages: " + r.reason());
    }
    ContactId message = ((Receipt.Accepted) receipt).contact();
    conversations.open(
        new NewConversation(message, visitor.customer(), who, mail, c.entryPoint(), c.option()));
    conversations.post(
        message,
        NewMessage.event(
            "Message left in the chat widget while nobody could chat; reply by e-mail to "
                + mail
                + ".",
            Visibility.AGENTS));
    conversations.post(
        message,
        new NewMessage(
            "left-message",
            customer(visitor, who),
            MessageKind.TEXT,
            Visibility.ALL,
            text,
            List.of()));
    conversations.end(message);
    return new ChatView(conversation, ChatStatus.MESSAGE_LEFT, null, null);
  }

  @Override
  public List<Standing> standings(List<ContactId> chats) {
    if (chats.isEmpty()) {
      return List.of();
    }
    List<QueueStanding> standings = routing.standings(chats);
    java.util.Map<String, Boolean> virtualHold = new java.util.HashMap<>();
    return standings.stream()
        .map(
            s ->
                new Standing(
                    s.contact(),
                    s.position(),
                    estimates.estimate(s.queue(), s.position()),
                    virtualHold.computeIfAbsent(
                        s.queue().value(),
                        q ->
                            admin
                                .find(ReferenceKind.QUEUE, q)
                                .map(QueueDefinition::virtualHoldSeconds)
                                .map(seconds -> seconds > 0)
                                .orElse(false))))
        .toList();
  }

  @Override
  public AttachmentRef attach(
      VisitorId visitor, ContactId conversation, String name, InputStream content) {
    ConversationInfo c = own(visitor, conversation);
    if (c.ended()) {
      throw new ChatRefusedException(Code.NOT_ALLOWED, "the chat has ended");
    }
    long max =
        entryPoints
            .find(c.entryPoint())
            .map(EntryPointDefinition::maxAttachmentBytes)
            .orElse(5L * 1024 * 1024);
    // AttachmentRefusedException (too large, wrong type) reaches the caller: 413 or 415
    return conversations.attach(conversation, name, content, max, visitor.customer().value());
  }

  @Override
  public Optional<StoredAttachment> attachment(VisitorId visitor, AttachmentId id) {
    return conversations
        .attachment(id)
        .filter(
            a ->
                conversations
                    .find(a.conversation())
                    .map(c -> c.customer().equals(visitor.customer()))
                    .orElse(false));
  }

  private ConversationInfo own(VisitorId visitor, ContactId conversation) {
    return conversations
        .find(conversation)
        .filter(c -> c.customer().equals(visitor.customer()))
        .orElseThrow(() -> new ChatRefusedException(Code.NOT_FOUND, "no such conversation"));
  }

  private EntryPointDefinition entryPoint(String name) {
    return entryPoints
        .find(name)
        .orElseThrow(() -> new ChatRefusedException(Code.NOT_FOUND, "no entry point " + name));
  }

  /** The chosen leaf, or the menu's own queue when it has no options. */
  private static Leaf leaf(EntryPointDefinition d, String option) {
    if (d.menu().options().isEmpty()) {
      return new Leaf(null, d.menu().queue(), null);
    }
    if (option != null) {
      Optional<EntryPointDefinition.MenuOption> found = find(d.menu().options(), option);
      if (found.isPresent() && found.get().leaf()) {
        return new Leaf(found.get().id(), found.get().queue(), found.get().skill());
      }
    }
    throw new ChatRefusedException(Code.INVALID, "choose one of the menu's options");
  }

  private static Optional<EntryPointDefinition.MenuOption> find(
      List<EntryPointDefinition.MenuOption> options, String id) {
    for (EntryPointDefinition.MenuOption o : options) {
      if (o.id().equals(id)) {
        return Optional.of(o);
      }
      Optional<EntryPointDefinition.MenuOption> deeper = find(o.options(), id);
      if (deeper.isPresent()) {
        return deeper;
      }
    }
    return Optional.empty();
  }

  private record Leaf(String id, String queue, String skill) {}

  private static void require(FieldRule rule, String value, String what) {
    if (rule == FieldRule.REQUIRED && value == null) {
      throw new ChatRefusedException(Code.INVALID, "please give " + what);
    }
    if (value != null && value.length() > 254) {
      throw tooLong();
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Whether the transcript can be sent there: one plain address the mail library takes. */
  private static boolean sendable(String email) {
    try {
      return ReplyComposer.address(email).getAddress().equals(email.strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Author customer(VisitorId visitor, String name) {
    return new Author(
        AuthorRole.CUSTOMER, visitor.customer().value(), name == null ? "Visitor" : name);
  }

  private static ChatRefusedException tooLong() {
    return new ChatRefusedException(
        Code.TOO_LONG, "a message is at most " + Conversations.MAX_TEXT + " characters");
  }

  private static ChatRefusedException refused(RoutingRefusedException e) {
    return new ChatRefusedException(
        switch (e.kind()) {
          case NOT_FOUND -> Code.NOT_FOUND;
          case CONFLICT, FORBIDDEN -> Code.NOT_ALLOWED;
          case BUSY -> Code.BUSY;
          case INVALID -> Code.INVALID;
        },
        e.getMessage());
  }
}
