package dev.parley.routing.core;

import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.queue.OverflowAction;
import dev.parley.routing.queue.QueueConfig;
import java.util.List;

/**
 * Applies a queue's overflow action (max wait reached) or after-hours action (arrived while
 * closed). Moving to another queue keeps the contact's age for ordering; max wait and relaxation
 * restart in the new queue. Every other action ends the contact here as OVERFLOWED; the channel
 * layer carries it out (voicemail, callback, closing message).
 */
final class Overflow {
  private final EngineState s;
  private final Router router;

  Overflow(EngineState s, Router router) {
    this.s = s;
    this.router = router;
  }

  void maxWaitReached(Contact c) {
    QueueConfig q = s.queue(c.queue());
    apply(
        c,
        q.overflow(),
        RoutingEvent.OverflowCause.MAX_WAIT,
        DecisionRule.MAX_WAIT_OVERFLOW,
        "waited " + q.maxWait() + " in " + q.id());
  }

  void afterHours(Contact c) {
    QueueConfig q = s.queue(c.queue());
    apply(
        c,
        q.afterHours(),
        RoutingEvent.OverflowCause.AFTER_HOURS,
        DecisionRule.AFTER_HOURS,
        "queue " + q.id() + " is closed");
  }

  private void apply(
      Contact c,
      OverflowAction action,
      RoutingEvent.OverflowCause cause,
      DecisionRule rule,
      String why) {
    QueueId from = c.queue();
    s.unqueue(c);
    router.withdrawOffers(c, "contact overflowed");
    s.emit(new RoutingEvent.ContactOverflowed(c.id(), from, action, cause, s.now));
    QueueConfig target =
        action instanceof OverflowAction.ToQueue t ? s.findQueue(t.target()) : null;
    if (target != null && target.serves(c.channel())) {
      OverflowAction.ToQueue t = (OverflowAction.ToQueue) action;
      s.decide(c, rule, why + "; moved to queue " + t.target(), 0, null, List.of());
      if (c.state() != ContactState.QUEUED) {
        s.move(c, ContactState.QUEUED);
      }
      c.enterQueue(t.target(), s.now);
      s.scheduleWaitTimers(c);
      if (!s.queue(t.target()).hours().isOpen(s.now)) {
        afterHours(c);
        return;
      }
      s.addWaiting(c);
      router.routeContact(c, DecisionRule.STRATEGY, "overflowed from " + from);
      return;
    }
    // An unknown target queue (removed since configuration), or one that does not serve this
    // contact's channel (changed since), ends the contact rather than lose it silently in a queue
    // nobody serves it in; the decision says so.
    String unusable =
        action instanceof OverflowAction.ToQueue t
            ? target == null
                ? "; target queue " + t.target() + " no longer exists"
                : "; target queue " + t.target() + " does not serve " + c.channel()
            : "";
    s.decide(c, rule, why + "; action " + action + unusable, 0, null, List.of());
    s.move(c, ContactState.OVERFLOWED);
  }
}
