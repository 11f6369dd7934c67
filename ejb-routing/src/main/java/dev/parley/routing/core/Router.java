package dev.parley.routing.core;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.agent.AgentId;
import dev.parley.routing.agent.PresenceStatus;
import dev.parley.routing.agent.WorkState;
import dev.parley.routing.contact.Channel;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.contact.ContactId;
import dev.parley.routing.contact.ContactState;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.QueueId;
import dev.parley.routing.queue.Strategy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;

/**
 * Matches contacts and agents in both directions: a contact that starts waiting looks for an
 * eligible agent of its queue ({@link #routeContact}); an agent that frees up takes the best
 * contact across every queue it serves ({@link #routeAgent}) — one ordering for all its queues.
 *
 * <p>Invariant kept after every command: no AVAILABLE agent with a free slot is eligible for a
 * waiting contact it could be offered, except where blending holds deferrable work back. That is
 * why a contact-driven match never needs to compare with other waiting contacts.
 */
final class Router {
  private final EngineState s;
  private final Eligibility eligibility;
  private final AgentPicker picker;
  private final ConsultRouter consults;

  Router(EngineState s) {
    this.s = s;
    this.eligibility = new Eligibility(s);
    this.picker = new AgentPicker(s);
    this.consults = new ConsultRouter(s, eligibility, this);
  }

  /** Tries to offer a waiting (QUEUED) contact to agents of its queue; logs the decision. */
  void routeContact(Contact c, DecisionRule rule, String detail) {
    if (c.parent().isPresent()) {
      consults.route(c);
      return;
    }
    QueueConfig q = s.queue(c.queue());
    QueueConfig.CurrentRequirement req = s.requirement(c);
    List<Verdict> passed = new ArrayList<>();
    List<Agent> eligible = new ArrayList<>();
    for (AgentId id : s.membersOf(q.id())) {
      Agent a = s.agents.get(id);
      Verdict v = eligibility.check(a, c, req.requirements(), true);
      if (v == null) {
        eligible.add(a);
      } else {
        passed.add(v);
      }
    }
    if (eligible.isEmpty()) {
      Instant at = s.now;
      int step = req.step();
      s.decide(
          c,
          () ->
              new Decision(
                  at, DecisionRule.WAITING, detail + "; no eligible agent", step, null, passed));
      return;
    }
    Optional<AgentId> previous =
        c.customer().flatMap(cu -> s.sticky.previousAgent(cu, s.now, q.stickyWindow()));
    Agent sticky =
        previous.flatMap(p -> eligible.stream().filter(a -> a.id().equals(p)).findFirst())
            .orElse(null);
    if (sticky != null) {
      for (Agent a : eligible) {
        if (a != sticky) {
          passed.add(new Verdict(a.id(), PassReason.NOT_STICKY_AGENT, "customer's agent is " + sticky.id()));
        }
      }
      offer(c, List.of(sticky), q);
      s.decide(c, DecisionRule.STICKY_AGENT, detail, req.step(), sticky.id(), passed);
      return;
    }
    List<Agent> fresh = new ArrayList<>();
    for (Agent a : eligible) {
      if (!s.offers.hasDeclined(c.id(), a.id())) {
        fresh.add(a);
      }
    }
    if (!fresh.isEmpty() && fresh.size() < eligible.size()) {
      // Agents who declined this contact get it again only when nobody else can take it.
      for (Agent a : eligible) {
        if (!fresh.contains(a)) {
          passed.add(new Verdict(a.id(), PassReason.DECLINED_BEFORE, "declined this contact"));
        }
      }
      eligible.retainAll(fresh);
    }
    List<Agent> ranked = picker.rank(q, req.requirements(), eligible);
    List<Agent> chosen = q.strategy() == Strategy.RING_ALL ? ranked : List.of(ranked.get(0));
    for (Agent a : ranked.subList(chosen.size(), ranked.size())) {
      passed.add(
          new Verdict(
              a.id(),
              PassReason.RANKED_LOWER_BY_STRATEGY,
              "ranked below " + chosen.get(0).id() + " by " + q.strategy()));
    }
    if (q.strategy() == Strategy.ROUND_ROBIN) {
      s.roundRobinLast.put(q.id(), chosen.get(0).id());
    }
    offer(c, chosen, q);
    Instant at = s.now;
    int step = req.step();
    Strategy strategy = q.strategy();
    AgentId first = chosen.get(0).id();
    s.decide(
        c, () -> new Decision(at, rule, detail + "; strategy " + strategy, step, first, passed));
  }

  /** Offers an agent that may have room the best contacts it can take, until it has no room. */
  void routeAgent(Agent a) {
    int guard = 0;
    for (Channel ch : Channel.values()) {
      guard += a.capacity(ch);
    }
    while (guard-- > 0 && s.agents.get(a.id()) == a && offerBestTo(a)) {
      // Each pass fills one slot; multi-slot channels (chat, e-mail) may take several.
    }
  }

  private boolean offerBestTo(Agent a) {
    if (a.presence().status() != PresenceStatus.AVAILABLE || a.onLiveCall()) {
      return false;
    }
    if (consults.offerWaitingTo(a)) {
      return true;
    }
    List<WaitingIndex.Entry> candidates = new ArrayList<>();
    int depth = s.settings.headScanDepth();
    // Blending depends on the agent only, not on the contact: decided once for the whole scan
    // (null = not yet known) instead of once per deferrable contact looked at.
    Boolean blendingHolds = null;
    for (QueueId qid : a.profile().queues().keySet()) {
      QueueConfig q = s.queues.get(qid);
      if (q == null) {
        continue;
      }
      for (Channel ch : q.channels()) {
        NavigableSet<WaitingIndex.Entry> waiting = s.waiting.waitingIn(qid, ch);
        if (waiting.isEmpty() || eligibility.checkWork(a, ch) != null) {
          continue;
        }
        if (ch.isDeferrable()) {
          if (blendingHolds == null) {
            blendingHolds = eligibility.checkBlending(a) != null;
          }
          if (blendingHolds) {
            continue;
          }
        }
        // Within one queue and channel the first eligible contact is the best one for this agent.
        // The set is walked in place: copying its head cost an allocation per queue per decision.
        // Work and blending are checked above for the whole set; only skills vary per contact.
        int looked = 0;
        for (WaitingIndex.Entry e : waiting) {
          if (looked++ == depth) {
            break;
          }
          Contact c = e.subject();
          if (eligibility.checkSkills(a, s.requirement(c).requirements()) == null) {
            candidates.add(e);
            break;
          }
        }
      }
    }
    if (candidates.isEmpty()) {
      return false;
    }
    candidates.sort(WaitingIndex.ORDER);
    Contact best = candidates.get(0).subject();
    double bestPriority = s.effectivePriority(best);
    QueueConfig q = s.queue(best.queue());
    if (q.strategy() == Strategy.ROUND_ROBIN) {
      s.roundRobinLast.put(q.id(), a.id());
    }
    offer(best, List.of(a), q);
    // The decisions capture values and build their sentences only when explained.
    Instant at = s.now;
    AgentId agent = a.id();
    ContactId bestId = best.id();
    int bestStep = s.requirement(best).step();
    s.decide(
        best,
        () ->
            new Decision(
                at,
                DecisionRule.AGENT_FREED,
                "agent " + agent + " freed up; effective priority " + oneDecimal(bestPriority),
                bestStep,
                agent,
                List.of()));
    for (WaitingIndex.Entry e : candidates.subList(1, candidates.size())) {
      Contact other = e.subject();
      int step = s.requirement(other).step();
      double otherPriority = s.effectivePriority(other);
      s.decide(
          other,
          () ->
              new Decision(
                  at,
                  DecisionRule.WAITING,
                  "agent " + agent + " took a higher-priority contact",
                  step,
                  null,
                  List.of(
                      new Verdict(
                          agent,
                          PassReason.LOST_TO_HIGHER_PRIORITY,
                          "took " + bestId + " (priority " + oneDecimal(bestPriority) + " vs "
                              + oneDecimal(otherPriority) + ")"))));
    }
    return true;
  }

  /** Like {@code String.format("%.1f", x)} at a fraction of the cost (this runs per decision). */
  static String oneDecimal(double x) {
    long tenths = Math.round(Math.abs(x) * 10);
    return (x < 0 && tenths != 0 ? "-" : "") + tenths / 10 + "." + tenths % 10;
  }

  /** Offers {@code c} (QUEUED, or ACTIVE when transferred to an agent) to {@code agents}. */
  void offer(Contact c, List<Agent> agents, QueueConfig q) {
    s.waiting.remove(c.id());
    s.move(c, ContactState.OFFERED);
    var expires = s.now.plus(q.offerTimeout());
    for (Agent a : agents) {
      a.hold(c.id(), c.channel(), WorkState.OFFERED);
      Timers.Timer t = s.timers.schedule(expires, Timers.Kind.OFFER_TIMEOUT, c.id(), a.id(), 0);
      s.offers.add(new OfferBook.Offer(c.id(), a.id(), expires, t));
      s.emit(new RoutingEvent.OfferMade(c.id(), a.id(), expires));
    }
    if (c.channel().isLiveCall()) {
      releaseBlending(c.queue());
    }
  }

  /**
   * A call left the queue or its service level moved: agents of the queue who held deferrable
   * work back may now take it. Skipped when no e-mail or SMS waits anywhere (the common case).
   */
  void releaseBlending(QueueId queue) {
    if (s.waiting.deferrableWaiting() > 0) {
      s.dirtyAgents.addAll(s.membersOf(queue));
    }
  }

  /** Takes back every offer of {@code c}, freeing the agents' slots. */
  void withdrawOffers(Contact c, String reason) {
    for (OfferBook.Offer o : s.offers.removeAll(c.id())) {
      s.timers.cancel(o.timer());
      Agent a = s.agents.get(o.agent());
      if (a != null) {
        a.release(c.id(), s.now);
        s.dirtyAgents.add(a.id());
      }
      s.emit(new RoutingEvent.OfferWithdrawn(c.id(), o.agent(), reason));
    }
  }

  /** An OFFERED contact with no offers left goes back to waiting with its age kept. */
  void requeue(Contact c, String why) {
    s.move(c, ContactState.QUEUED);
    if (c.parent().isPresent()) {
      consults.route(c);
      return;
    }
    if (s.overdue.remove(c.id())) {
      new Overflow(s, this).maxWaitReached(c);
      return;
    }
    s.addWaiting(c);
    routeContact(c, DecisionRule.STRATEGY, why);
  }
}
