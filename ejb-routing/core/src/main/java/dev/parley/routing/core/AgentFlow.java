package dev.parley.routing.core;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.agent.WorkState;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.PresenceStatus;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.contact.Contact;
import java.time.Duration;

/**
 * The agent's side: logging in, presence, and answering offers (accept, reject, no answer).
 * Unanswered offers count up; at the configured limit the agent becomes NOT_RESPONDING so contacts
 * stop ringing at an empty desk.
 */
final class AgentFlow {
  private final EngineState s;
  private final Router router;
  private final ConnectionFlow connections;

  AgentFlow(EngineState s, Router router, ConnectionFlow connections) {
    this.s = s;
    this.router = router;
    this.connections = connections;
  }

  void loggedIn(Command.AgentLoggedIn cmd) {
    if (s.agents.containsKey(cmd.profile().id())) {
      throw new Refusal("agent " + cmd.profile().id() + " is already logged in");
    }
    PresenceStatus p = cmd.presence().status();
    if (p == PresenceStatus.OFFLINE || p == PresenceStatus.WRAP_UP) {
      throw new Refusal("cannot log in as " + p);
    }
    Agent a = new Agent(cmd.profile(), Presence.OFFLINE, s.now);
    s.agents.put(a.id(), a);
    s.join(a);
    s.presence(a, cmd.presence());
    connections.follow(a);
    s.dirtyAgents.add(a);
  }

  /**
   * Re-joins the agent's queues under the new profile. Offers, active contacts and wrap-up stay
   * where they are (a lowered capacity only stops new offers until the load drops below it); the
   * agent is marked for routing, so waiting work it is now eligible for is offered at once.
   */
  void profileChanged(Command.AgentProfileChanged cmd) {
    Agent a = s.agent(cmd.profile().id());
    s.leave(a);
    a.updateProfile(cmd.profile());
    s.join(a);
    s.dirtyAgents.add(a);
  }

  void presenceChanged(Command.PresenceChanged cmd) {
    Agent a = s.agent(cmd.agent());
    Presence p = cmd.presence();
    if (p.is(PresenceStatus.WRAP_UP)
        || p.is(PresenceStatus.NOT_RESPONDING)
        || p.offlineReason() != null) {
      throw new Refusal(p + " is set by the engine, not chosen by the agent");
    }
    if (p.is(PresenceStatus.OFFLINE) && a.hasWork() && !onlyOffers(a)) {
      throw new Refusal(
          "agent " + a.id() + " still has contacts in progress: " + a.work().keySet());
    }
    // Presence first, so contacts taken back from this agent are not offered to it again.
    s.presence(a, p);
    if (!p.is(PresenceStatus.AVAILABLE)) {
      router.withdrawOffersTo(a, "agent went " + p);
    }
    if (p.is(PresenceStatus.AVAILABLE)) {
      a.recordAnswer();
      s.dirtyAgents.add(a);
    } else if (p.is(PresenceStatus.OFFLINE)) {
      s.logOut(a);
    }
  }

  private static boolean onlyOffers(Agent a) {
    return a.work().values().stream().allMatch(w -> w == WorkState.OFFERED);
  }

  void accepted(Command.OfferAccepted cmd) {
    OfferBook.Offer o = openOffer(cmd.contact(), cmd.agent());
    Contact c = s.contact(cmd.contact());
    Agent a = s.agent(cmd.agent());
    s.offers.remove(c.id(), a.id());
    s.timers.cancel(o.timer());
    router.withdrawOffers(c, "accepted by " + a.id());
    s.move(c, ContactState.ACTIVE);
    c.assignTo(a.id());
    a.hold(c.id(), c.channel(), WorkState.ACTIVE);
    a.recordAnswer();
    a.countHandled(s.today());
    if (c.parent().isPresent()) {
      s.waitingConsults.remove(c.id());
      s.contact(c.parent().get()).addParticipant(a.id());
    } else {
      QueueHome home = s.home(c.queue());
      home.serviceLevel.answered(home.config(), Duration.between(c.queuedAt(), s.now));
      if (c.channel().isLiveCall()) {
        router.releaseBlending(home); // the service level may be back on target
      }
      s.rememberAgentOf(c, a.id());
    }
    s.emit(new RoutingEvent.ContactAccepted(c.id(), a.id(), s.now));
  }

  void rejected(Command.OfferRejected cmd) {
    openOffer(cmd.contact(), cmd.agent());
    Contact c = s.contact(cmd.contact());
    Agent a = s.agent(cmd.agent());
    a.recordAnswer(); // a rejection is an answer: the agent is at the desk
    s.emit(new RoutingEvent.OfferDeclined(c.id(), a.id(), s.now));
    closeOffer(c, a, "re-routed after " + a.id() + " declined");
  }

  /** An offer's ring time is over. Stale timers (offer already answered) are ignored. */
  void offerTimedOut(Timers.Timer t) {
    OfferBook.Offer o = s.offers.get(t.contact(), t.agent());
    if (o == null || o.timer() != t) {
      return;
    }
    Contact c = s.find(t.contact());
    Agent a = s.agents.get(t.agent());
    s.emit(new RoutingEvent.OfferTimedOut(c.id(), a.id(), s.now));
    int limit = s.settings.noAnswerLimit();
    if (a.recordNoAnswer() >= limit && limit > 0) {
      s.offers.remove(c.id(), a.id());
      a.release(c.id(), s.now);
      s.presence(a, Presence.NOT_RESPONDING);
      router.withdrawOffersTo(a, "agent not responding");
      s.offers.declinedBy(c.id(), a.id());
      if (!s.offers.hasOffers(c.id())) {
        router.requeue(c, "re-routed after no answer from " + a.id());
      }
      return;
    }
    closeOffer(c, a, "re-routed after no answer from " + a.id());
  }

  private void closeOffer(Contact c, Agent a, String why) {
    OfferBook.Offer o = s.offers.remove(c.id(), a.id());
    s.timers.cancel(o.timer());
    a.release(c.id(), s.now);
    s.offers.declinedBy(c.id(), a.id());
    s.dirtyAgents.add(a);
    if (!s.offers.hasOffers(c.id())) {
      router.requeue(c, why);
    }
  }

  private OfferBook.Offer openOffer(ContactId contact, dev.parley.routing.api.id.AgentId agent) {
    OfferBook.Offer o = s.offers.get(contact, agent);
    if (o == null) {
      throw new Refusal("no open offer of contact " + contact + " to agent " + agent);
    }
    return o;
  }
}
