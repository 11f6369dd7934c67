package dev.parley.routing.core;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.agent.WorkState;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.PresenceStatus;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.queue.QueueConfig;
import java.time.Duration;

/**
 * A contact's own lifecycle: arrival, abandonment, end, wrap-up, and its wait timers (max wait,
 * relaxation, end of wrap-up). Each handler validates before it changes anything.
 */
final class ContactFlow {
  private final EngineState s;
  private final Router router;
  private final Overflow overflow;

  ContactFlow(EngineState s, Router router, Overflow overflow) {
    this.s = s;
    this.router = router;
    this.overflow = overflow;
  }

  void arrived(Command.ContactArrived a) {
    arrive(a, null, "arrived");
  }

  void reopened(Command.ContactReopened r) {
    arrive(r.contact(), r.preferred(), "reopened");
  }

  private void arrive(Command.ContactArrived a, AgentId preferred, String why) {
    if (s.holds(a.contact())) {
      throw new Refusal("contact " + a.contact() + " already exists");
    }
    QueueHome home = s.home(a.queue());
    QueueConfig q = home.config();
    if (!q.serves(a.channel())) {
      throw new Refusal("queue " + q.id() + " does not serve " + a.channel());
    }
    Contact c =
        Contact.builder(a.contact(), a.channel(), a.queue(), s.now)
            .direction(a.direction())
            .customer(a.customer())
            .identities(a.identities())
            .priority(a.priority())
            .skills(a.skills())
            .preferredAgent(preferred)
            .build();
    s.track(c);
    enter(c, home, why);
  }

  /**
   * Puts a RECEIVED contact into its queue, or applies the after-hours action. Deferrable work
   * (e-mail, SMS, a message left on a closed chat) is never turned away by the hours: it waits for
   * an agent like any other contact of the queue.
   */
  void enter(Contact c, String why) {
    enter(c, s.home(c.queue()), why);
  }

  private void enter(Contact c, QueueHome home, String why) {
    if (!home.config().hours().isOpen(s.now) && !c.channel().isDeferrable()) {
      overflow.afterHours(c);
      return;
    }
    s.move(c, ContactState.QUEUED);
    c.enterQueue(c.queue(), s.now);
    s.scheduleWaitTimers(c, home.config());
    s.addWaiting(c, home);
    router.routeContact(c, home, DecisionRule.STRATEGY, why);
  }

  void abandoned(Command.ContactAbandoned cmd) {
    Contact c = s.contact(cmd.contact());
    ContactState st = c.state();
    if (st != ContactState.RECEIVED && st != ContactState.QUEUED && st != ContactState.OFFERED) {
      throw new Refusal(
          "contact " + c.id() + " is " + st + "; only a waiting contact is abandoned");
    }
    s.unqueue(c);
    router.withdrawOffers(c, "customer left");
    s.overdue.remove(c.id());
    s.waitingConsults.remove(c.id());
    if (c.parent().isEmpty()) {
      QueueHome home = s.home(c.queue());
      home.serviceLevel.abandoned(home.config(), Duration.between(c.queuedAt(), s.now));
    }
    s.move(c, ContactState.ABANDONED);
  }

  void ended(Command.ContactEnded cmd) {
    Contact c = s.contact(cmd.contact());
    if (c.state() != ContactState.ACTIVE) {
      throw new Refusal("contact " + c.id() + " is " + c.state() + "; only an ACTIVE one can end");
    }
    Agent a = s.agents.get(c.assignedAgent().orElseThrow());
    if (c.parent().isPresent()) {
      s.move(c, ContactState.CLOSED);
      a.release(c.id(), s.now);
      s.dirtyAgents.add(a);
      s.logOutIfIdle(a);
      return;
    }
    s.move(c, ContactState.WRAP_UP);
    a.hold(c.id(), c.channel(), WorkState.WRAP_UP);
    if (a.presence().is(PresenceStatus.AVAILABLE)
        && (c.channel().isLiveCall() || !a.hasLiveWork())) {
      s.presence(a, Presence.WRAP_UP);
    }
    QueueConfig q = s.queue(c.queue());
    if (q.wrapUpTime().isZero()) {
      if (!q.dispositionRequired()) {
        complete(c, null);
      }
      return;
    }
    s.timers.schedule(s.now.plus(q.wrapUpTime()), Timers.Kind.WRAP_UP_END, c.id(), a.id(), 0);
  }

  void wrapUpCompleted(Command.WrapUpCompleted cmd) {
    Contact c = s.contact(cmd.contact());
    if (c.state() != ContactState.WRAP_UP) {
      throw new Refusal("contact " + c.id() + " is " + c.state() + ", not in WRAP_UP");
    }
    QueueConfig q = s.queue(c.queue());
    if (q.dispositionRequired() && (cmd.disposition() == null || cmd.disposition().isBlank())) {
      throw new Refusal("queue " + q.id() + " requires a disposition code to finish wrap-up");
    }
    complete(c, cmd.disposition());
  }

  private void complete(Contact c, String disposition) {
    c.setDisposition(disposition);
    s.move(c, ContactState.CLOSED);
    s.offers.forget(c.id());
    Agent a = s.agents.get(c.assignedAgent().orElseThrow());
    if (a == null) {
      return;
    }
    a.release(c.id(), s.now);
    boolean stillWrapping = a.isWrappingUp();
    if (a.presence().is(PresenceStatus.WRAP_UP) && !stillWrapping) {
      s.presence(a, Presence.AVAILABLE);
    }
    s.dirtyAgents.add(a);
    s.logOutIfIdle(a); // an agent taken OFFLINE with contacts in hand leaves with its last one
  }

  /** A wait timer fired; it only acts if the contact is still in the queue entry it was set for. */
  void waitTimer(Timers.Timer t) {
    Contact c = s.find(t.contact());
    if (c == null || c.queuedAt().toEpochMilli() != t.token()) {
      return;
    }
    if (t.kind() == Timers.Kind.MAX_WAIT) {
      if (c.state() == ContactState.QUEUED) {
        overflow.maxWaitReached(c);
      } else if (c.state() == ContactState.OFFERED) {
        s.overdue.add(c.id()); // let the ringing offer finish; overflow if it comes back
      }
    } else if (c.state() == ContactState.QUEUED) {
      var req = s.requirement(c);
      router.routeContact(
          c,
          DecisionRule.RELAXATION_STEP,
          "requirements relaxed to step " + req.step() + " " + req.requirements());
    }
  }

  void wrapUpTimer(Timers.Timer t) {
    Contact c = s.find(t.contact());
    if (c == null || c.state() != ContactState.WRAP_UP) {
      return;
    }
    if (s.queue(c.queue()).dispositionRequired() && c.disposition().isEmpty()) {
      s.emit(new RoutingEvent.WrapUpOverdue(c.id(), t.agent(), s.now));
      return;
    }
    complete(c, null);
  }
}
