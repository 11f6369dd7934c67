package dev.parley.media.call;

import dev.parley.call.Party;
import dev.parley.conversation.Conversations;
import dev.parley.conversation.NewMessage;
import dev.parley.conversation.Visibility;
import dev.parley.routing.api.AgentNotification;
import dev.parley.routing.api.ContactNotification;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.id.ContactId;
import dev.parley.util.InOrder;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Logger;

/**
 * What routing does to a call, applied to its media: an agent taking it over from another (a
 * transfer) replaces that agent; back in a queue (a blind transfer) the agents leave and the
 * customer hears music; over (wrap-up, abandoned, overflowed) the media is released; an expert's
 * consult ending takes the expert out (not a colleague who took the call over: a warm transfer). An
 * offer of a call whose customer keeps their place away rings them back, and a ring not answered in
 * time ends the call as abandoned. Handled {@link InOrder} on a managed executor, so routing's
 * writer never waits for the media.
 */
@ApplicationScoped
public class CallRoutingEvents {

  private static final Logger LOG = Logger.getLogger(CallRoutingEvents.class.getName());

  static final String NO_ANSWER = "NO_ANSWER_TO_CALLBACK";

  @Resource ManagedExecutorService executor;

  @EJB CallsBean calls;

  @EJB RoutingService routing;

  @EJB Conversations conversations;

  private InOrder<Object> lane;

  @PostConstruct
  void start() {
    lane = new InOrder<>(executor, this::handle);
  }

  void observe(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContactNotification n) {
    if (n.channel().isLiveCall()) {
      lane.offer(n);
    }
  }

  void observe(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentNotification n) {
    if (n instanceof AgentNotification.Offered o && o.offer().channel().isLiveCall()) {
      lane.offer(o);
    }
  }

  void observe(@Observes CallsBean.MediaFailure failure) {
    lane.offer(failure);
  }

  void handle(Object item) {
    if (item instanceof ContactNotification.Accepted a) {
      if (a.parent() == null && a.from() != null) {
        calls.leave(a.contact(), Party.agentId(a.from().value()));
      }
    } else if (item instanceof ContactNotification.Queued q) {
      for (Party p : calls.parties(q.contact())) {
        if (!p.isCustomer()) {
          calls.leave(q.contact(), p.id());
        }
      }
    } else if (item instanceof ContactNotification.StateChanged s) {
      stateChanged(s);
    } else if (item instanceof ContactNotification.Overflowed o
        && o.kind() != ContactNotification.OverflowKind.TO_QUEUE) {
      calls.end(o.contact());
    } else if (item instanceof AgentNotification.Offered o) {
      ContactId call = ContactId.of(o.offer().contactId());
      calls.ringBack(call, null, () -> lane.offer(new NoAnswer(call)));
    } else if (item instanceof NoAnswer n) {
      noAnswer(n.call());
    } else if (item instanceof CallsBean.MediaFailure f) {
      mark(f.call(), "The call's media failed: " + f.reason());
    }
  }

  private void stateChanged(ContactNotification.StateChanged s) {
    boolean over =
        s.state() == ContactState.WRAP_UP
            || s.state() == ContactState.CLOSED
            || s.state() == ContactState.ABANDONED
            || s.state() == ContactState.OVERFLOWED;
    if (!over) {
      return;
    }
    if (s.parent() == null) {
      calls.end(s.contact());
      return;
    }
    // an expert's consult segment ended: the expert leaves the customer's call, unless the
    // consult ended because its colleague took the call over (a warm transfer): they stay, and
    // their browser joins again as the call's agent
    routing
        .contact(s.contact())
        .map(d -> d.contact().assignedAgent())
        .filter(agent -> agent != null)
        .filter(agent -> !agent.equals(assignedAgent(s.parent())))
        .ifPresent(agent -> calls.leave(s.parent(), Party.agentId(agent)));
  }

  private String assignedAgent(ContactId call) {
    return routing.contact(call).map(d -> d.contact().assignedAgent()).orElse(null);
  }

  private void noAnswer(ContactId call) {
    if (!calls.away(call)) {
      return; // answered meanwhile
    }
    LOG.info(() -> "event=calls.ringback.unanswered call=" + call);
    mark(call, "Abandoned: " + NO_ANSWER + " (the caller did not answer when rung back).");
    try {
      routing.abandon(call);
    } catch (RuntimeException e) {
      LOG.info(() -> "event=calls.ringback.abandon.refused call=%s cause=%s".formatted(call, e));
    }
    calls.end(call);
  }

  private void mark(ContactId call, String text) {
    if (conversations.find(call).isPresent()) {
      conversations.post(call, NewMessage.event(text, Visibility.AGENTS));
    }
  }

  /** The ring-back time of {@code call} ran out. */
  record NoAnswer(ContactId call) {}
}
