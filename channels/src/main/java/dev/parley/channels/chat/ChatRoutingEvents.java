package dev.parley.channels.chat;

import dev.parley.chat.ChatStatus;
import dev.parley.chat.ChatView;
import dev.parley.chat.EntryPointDefinition;
import dev.parley.chat.EntryPoints;
import dev.parley.chat.VisitorNotification;
import dev.parley.conversation.AuthorRole;
import dev.parley.conversation.ConsultRequest;
import dev.parley.conversation.ConversationInfo;
import dev.parley.conversation.Conversations;
import dev.parley.conversation.NewMessage;
import dev.parley.conversation.Participant;
import dev.parley.conversation.Visibility;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactNotification;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.id.ContactId;
import dev.parley.util.InOrder;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * What routing does with a chat, told in the conversation and to the visitor: an agent accepting
 * joins the conversation ("Alice Agent joined the chat") and the visitor sees ACTIVE with the
 * agent's name; an expert accepting a consult joins as EXPERT, visibly or for agents only; the end
 * (wrap-up, abandoned) ends the conversation; an overflow out of routing tells the visitor OFFLINE
 * with the queue's message. Routing's notifications arrive on its committing thread; they are
 * handled {@link InOrder} on a managed executor, so the writer never waits for the conversation.
 */
@ApplicationScoped
public class ChatRoutingEvents {

  @Resource ManagedExecutorService executor;

  @EJB Conversations conversations;

  @EJB EntryPoints entryPoints;

  @Inject AgentNames names;

  @Inject WaitEstimates estimates;

  @Inject FirstReplyWatch firstReply;

  @Inject Event<VisitorNotification> visitors;

  private InOrder<ContactNotification> lane;

  @PostConstruct
  void start() {
    lane = new InOrder<>(executor, this::handle);
  }

  void observe(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ContactNotification notification) {
    if (notification.channel() == Channel.CHAT || notification.channel().isLiveCall()) {
      lane.offer(notification);
    }
  }

  void handle(ContactNotification n) {
    if (n instanceof ContactNotification.Queued q) {
      conversation(q.contact())
          .filter(c -> !c.ended())
          .ifPresent(c -> tell(new ChatView(c.id(), ChatStatus.QUEUED, null, texts(c).waiting())));
    } else if (n instanceof ContactNotification.Accepted a) {
      if (a.parent() == null) {
        agentJoined(a);
      } else {
        expertJoined(a);
      }
    } else if (n instanceof ContactNotification.StateChanged s) {
      if (s.parent() == null) {
        ended(s);
      } else if (s.state() == ContactState.CLOSED || s.state() == ContactState.ABANDONED) {
        expertLeft(s);
      }
    } else if (n instanceof ContactNotification.Overflowed o
        && o.kind() != ContactNotification.OverflowKind.TO_QUEUE) {
      conversation(o.contact())
          .ifPresent(
              c -> {
                conversations.end(c.id());
                if (o.kind() == ContactNotification.OverflowKind.VOICEMAIL) {
                  // the widget has its own words for it; the entry point's "offline" text is not
                  tell(new ChatView(c.id(), ChatStatus.VOICEMAIL, null, o.message()));
                  return;
                }
                String text = o.message() != null ? o.message() : texts(c).offline();
                tell(new ChatView(c.id(), ChatStatus.OFFLINE, null, text));
              });
    }
  }

  private void agentJoined(ContactNotification.Accepted a) {
    Optional<ConversationInfo> found = conversation(a.contact());
    if (found.isEmpty()) {
      return;
    }
    ConversationInfo c = found.get();
    estimates.accepted(a.queue());
    if (a.from() != null) {
      conversations.leave(c.id(), a.from());
    }
    conversations.join(c.id(), a.agent(), AuthorRole.AGENT, Visibility.ALL, null);
    String name = names.of(a.agent());
    conversations.post(
        c.id(), NewMessage.event(name + " joined the " + noun(a.channel()) + ".", Visibility.ALL));
    tell(new ChatView(c.id(), ChatStatus.ACTIVE, name, null));
    if (a.channel() == Channel.CHAT) {
      firstReply.watch(c.id(), a.agent(), a.queue(), java.time.Instant.now());
    }
  }

  private void expertJoined(ContactNotification.Accepted a) {
    Optional<ConsultRequest> request = conversations.consult(a.contact());
    ContactId conversation = request.map(ConsultRequest::conversation).orElse(a.parent());
    if (conversation(conversation).isEmpty()) {
      return;
    }
    Visibility visibility =
        request
            .map(r -> r.privately() ? Visibility.AGENTS : Visibility.ALL)
            .orElse(Visibility.AGENTS);
    conversations.join(conversation, a.agent(), AuthorRole.EXPERT, visibility, a.contact());
    String name = names.of(a.agent());
    conversations.post(
        conversation,
        NewMessage.event(
            visibility == Visibility.ALL
                ? name + " joined the " + noun(a.channel()) + " to help."
                : name + " joined privately (the customer does not see this consult).",
            visibility));
  }

  private void expertLeft(ContactNotification.StateChanged s) {
    if (conversation(s.parent()).isEmpty()) {
      return;
    }
    for (Participant p : conversations.participants(s.parent())) {
      if (s.contact().equals(p.consult()) && p.present()) {
        conversations.leave(s.parent(), p.agent());
        conversations.post(
            s.parent(), NewMessage.event(names.of(p.agent()) + " left.", p.visibility()));
      }
    }
  }

  private void ended(ContactNotification.StateChanged s) {
    if (s.state() == ContactState.OVERFLOWED) {
      return; // told by the Overflowed notification
    }
    conversation(s.contact())
        .ifPresent(
            c -> {
              if (!c.ended()) {
                if (s.state() == ContactState.WRAP_UP || s.state() == ContactState.CLOSED) {
                  conversations.post(
                      c.id(),
                      NewMessage.event("The " + noun(s.channel()) + " has ended.", Visibility.ALL));
                }
                conversations.end(c.id());
              }
              tell(new ChatView(c.id(), ChatStatus.ENDED, null, texts(c).ended()));
            });
  }

  private static String noun(Channel channel) {
    return channel.isLiveCall() ? "call" : "chat";
  }

  private Optional<ConversationInfo> conversation(ContactId id) {
    return id == null ? Optional.empty() : conversations.find(id);
  }

  private EntryPointDefinition.Texts texts(ConversationInfo c) {
    return entryPoints
        .find(c.entryPoint() == null ? "" : c.entryPoint())
        .map(EntryPointDefinition::texts)
        .orElse(
            new EntryPointDefinition.Texts(
                "Chat",
                "Chat",
                "",
                "Please wait for an agent.",
                "The chat has ended.",
                "We are closed."));
  }

  private void tell(ChatView view) {
    visitors.fire(new VisitorNotification.StatusChanged(view));
  }
}
