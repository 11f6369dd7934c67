package dev.parley.routing.core;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.agent.WorkState;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.PresenceStatus;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.SkillRequirement;
import dev.parley.routing.queue.Strategy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
  private static final Channel[] CHANNELS = Channel.values();

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
    routeContact(c, s.home(c.queue()), rule, detail);
  }

  /** As {@link #routeContact(Contact, DecisionRule, String)} with the home of its queue at hand. */
  void routeContact(Contact c, QueueHome home, DecisionRule rule, String detail) {
    if (c.parent().isPresent()) {
      consults.route(c);
      return;
    }
    QueueConfig q = home.config();
    QueueConfig.CurrentRequirement req = s.requirement(c, q);
    List<SkillRequirement> required = req.requirements();
    PassedOver passed = new PassedOver();
    Members.Snapshot members = home.members.snapshot();
    // Sized for every member: in a large queue most are eligible, and growing the list step by
    // step cost more than the walk itself.
    List<Agent> eligible = new ArrayList<>(members.size());
    int[] priority = new int[members.size()]; // of eligible.get(i), from the snapshot
    for (int i = 0; i < members.size(); i++) {
      Agent a = members.agents()[i];
      PassReason why = eligibility.reason(a, c, required, true);
      if (why == null) {
        priority[eligible.size()] = members.priority()[i];
        eligible.add(a);
      } else if (passed.wantsDetail()) {
        passed.add(eligibility.check(a, c, required, true));
      } else {
        passed.count(why);
      }
    }
    Instant at = s.now;
    int step = req.step();
    if (eligible.isEmpty()) {
      s.decide(
          c,
          () ->
              new Decision(
                  at,
                  DecisionRule.WAITING,
                  detail + "; no eligible agent" + passed.summary(),
                  step,
                  null,
                  passed.listed()));
      return;
    }
    Optional<AgentId> previous =
        c.preferredAgent().isPresent() || q.stickyWindow().isZero()
            ? c.preferredAgent()
            : s.sticky.previousAgent(c.identities(), s.now, q.stickyWindow());
    Agent sticky =
        previous
            .flatMap(p -> eligible.stream().filter(a -> a.id().equals(p)).findFirst())
            .orElse(null);
    if (sticky != null) {
      String why =
          (c.preferredAgent().isPresent() ? "the thread's agent is " : "customer's agent is ")
              + sticky.id();
      for (Agent a : eligible) {
        if (a != sticky) {
          passed.add(new Verdict(a.id(), PassReason.NOT_STICKY_AGENT, why));
        }
      }
      offer(c, List.of(sticky), home);
      AgentId chosen = sticky.id();
      s.decide(
          c,
          () ->
              new Decision(
                  at,
                  DecisionRule.STICKY_AGENT,
                  detail + passed.summary(),
                  step,
                  chosen,
                  passed.listed()));
      return;
    }
    List<Agent> offerable = eligible;
    if (s.offers.hasDeclinedAny(c.id())) {
      List<Agent> fresh = new ArrayList<>();
      List<Agent> declined = new ArrayList<>();
      for (Agent a : eligible) {
        (s.offers.hasDeclined(c.id(), a.id()) ? declined : fresh).add(a);
      }
      if (!fresh.isEmpty() && !declined.isEmpty()) {
        // Agents who declined this contact get it again only when nobody else can take it.
        for (Agent a : declined) {
          passed.add(new Verdict(a.id(), PassReason.DECLINED_BEFORE, "declined this contact"));
        }
        offerable = fresh;
      }
    }
    boolean ringAll = q.strategy() == Strategy.RING_ALL;
    // Only the agents an explanation lists need ranking beyond the first (all under ring all).
    int wanted = ringAll ? offerable.size() : 1 + PassedOver.LISTED;
    List<Agent> ranked =
        offerable == eligible
            ? picker.rank(q, required, eligible, priority, wanted)
            : picker.rank(q, required, offerable, wanted);
    List<Agent> chosen = ringAll ? ranked : List.of(ranked.get(0));
    AgentId first = chosen.get(0).id();
    Strategy strategy = q.strategy();
    if (ranked.size() > chosen.size()) {
      String why = "ranked below " + first + " by " + strategy; // one text for every agent listed
      for (Agent a : ranked.subList(chosen.size(), ranked.size())) {
        passed.add(new Verdict(a.id(), PassReason.RANKED_LOWER_BY_STRATEGY, why));
      }
    }
    passed.count(PassReason.RANKED_LOWER_BY_STRATEGY, offerable.size() - ranked.size());
    if (strategy == Strategy.ROUND_ROBIN) {
      s.roundRobinLast.put(q.id(), first);
    }
    offer(c, chosen, home);
    s.decide(
        c,
        () ->
            new Decision(
                at,
                rule,
                detail + "; strategy " + strategy + passed.summary(),
                step,
                first,
                passed.listed()));
  }

  /**
   * Offers an agent that may have room the best contacts it can take, until it has no room. An
   * agent that logged out meanwhile is OFFLINE, so nothing is offered to it.
   */
  void routeAgent(Agent a) {
    int guard = 0;
    for (Channel ch : Channel.values()) {
      guard += a.capacity(ch);
    }
    while (guard-- > 0 && offerBestTo(a)) {
      // Each pass fills one slot; multi-slot channels (chat, e-mail) may take several.
    }
  }

  private boolean offerBestTo(Agent a) {
    if (a.presenceStatus() != PresenceStatus.AVAILABLE || !a.connected() || a.onLiveCall()) {
      return false;
    }
    if (consults.offerWaitingTo(a)) {
      return true;
    }
    List<WaitingIndex.Entry> candidates = new ArrayList<>();
    int depth = s.settings.headScanDepth();
    // Blending depends on the agent only, not on the contact, and matters only when a deferrable
    // contact (e-mail, SMS) would win: it is decided after the scan, and only then (it walks the
    // agent's call queues, which cost more than the scan itself).
    for (QueueHome home : s.homesOf(a)) {
      QueueConfig q = home.config();
      if (q == null) {
        continue;
      }
      // Every lane with waiting contacts, not only the channels the queue serves now: contacts
      // that waited on a channel before the queue stopped serving it are still its to drain.
      for (Channel ch : CHANNELS) {
        WaitingIndex.Lane waiting = home.lane(ch);
        if (waiting.isEmpty() || eligibility.workReason(a, ch) != null) {
          continue;
        }
        // Within one queue and channel the first eligible contact is the best one for this agent.
        // Work is checked above for the whole lane (blending after the scan); only skills vary
        // per contact, and only when the queue relaxes its requirements over wait time or a contact
        // needs skills of its own. Otherwise one check decides for the whole lane and its head is
        // the candidate.
        if (q.relaxation().isEmpty() && waiting.sameSkillsForAll()) {
          if (eligibility.meetsSkills(a, q.requirements())) {
            candidates.add(waiting.head());
          }
          continue;
        }
        int looked = 0;
        for (WaitingIndex.Entry e : waiting) {
          if (looked++ == depth) {
            break;
          }
          Contact c = e.subject();
          if (eligibility.meetsSkills(a, s.requirement(c, q).requirements())) {
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
    if (candidates.get(0).channel().isDeferrable() && eligibility.blendingHolds(a)) {
      // Held back: calls this agent could take wait, or a call queue is below its target.
      candidates.removeIf(e -> e.channel().isDeferrable());
      if (candidates.isEmpty()) {
        return false;
      }
    }
    WaitingIndex.Entry top = candidates.get(0);
    Contact best = top.subject();
    QueueConfig q = top.home().config();
    double bestPriority = s.effectivePriority(best, q);
    if (q.strategy() == Strategy.ROUND_ROBIN) {
      s.roundRobinLast.put(q.id(), a.id());
    }
    offer(best, List.of(a), top.home());
    // The decisions capture values and build their sentences only when explained.
    Instant at = s.now;
    AgentId agent = a.id();
    ContactId bestId = best.id();
    int bestStep = s.requirement(best, q).step();
    s.decide(
        top.slot(),
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
      QueueConfig otherQueue = e.home().config();
      int step = s.requirement(other, otherQueue).step();
      double otherPriority = s.effectivePriority(other, otherQueue);
      s.decide(
          e.slot(),
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
                          "took "
                              + bestId
                              + " (priority "
                              + oneDecimal(bestPriority)
                              + " vs "
                              + oneDecimal(otherPriority)
                              + ")"))));
    }
    return true;
  }

  /** Like {@code String.format("%.1f", x)} at a fraction of the cost (this runs per decision). */
  static String oneDecimal(double x) {
    long tenths = Math.round(Math.abs(x) * 10);
    return (x < 0 && tenths != 0 ? "-" : "") + tenths / 10 + "." + tenths % 10;
  }

  /**
   * Offers {@code c} (QUEUED, or ACTIVE when transferred to an agent) to {@code agents}; {@code
   * home} is its queue's.
   */
  void offer(Contact c, List<Agent> agents, QueueHome home) {
    s.unqueue(c);
    s.move(c, ContactState.OFFERED);
    var expires = s.now.plus(home.config().offerTimeout());
    for (Agent a : agents) {
      a.hold(c.id(), c.channel(), WorkState.OFFERED);
      Timers.Timer t = s.timers.schedule(expires, Timers.Kind.OFFER_TIMEOUT, c.id(), a.id(), 0);
      s.offers.add(new OfferBook.Offer(c.id(), a.id(), expires, t));
      s.emit(new RoutingEvent.OfferMade(c.id(), a.id(), expires));
    }
    if (c.channel().isLiveCall()) {
      releaseBlending(home);
    }
  }

  /**
   * A call left the queue or its service level moved: agents of the queue who held deferrable work
   * back may now take it. Skipped when no e-mail or SMS waits anywhere (the common case).
   */
  void releaseBlending(QueueHome home) {
    if (s.waiting.deferrableWaiting() > 0) {
      for (Agent a : home.members.snapshot().agents()) {
        // Only an agent who could start work now may have been held back.
        if (a.presenceStatus() == PresenceStatus.AVAILABLE && a.connected() && !a.onLiveCall()) {
          s.dirtyAgents.add(a);
        }
      }
    }
  }

  /** Takes back every offer of {@code c}, freeing the agents' slots. */
  void withdrawOffers(Contact c, String reason) {
    for (OfferBook.Offer o : s.offers.removeAll(c.id())) {
      s.timers.cancel(o.timer());
      Agent a = s.agents.get(o.agent());
      if (a != null) {
        a.release(c.id(), s.now);
        s.dirtyAgents.add(a);
      }
      s.emit(new RoutingEvent.OfferWithdrawn(c.id(), o.agent(), reason));
    }
  }

  /** Takes back every offer ringing at {@code a}; contacts left without offers wait again. */
  void withdrawOffersTo(Agent a, String reason) {
    List<ContactId> offered = new ArrayList<>();
    for (Map.Entry<ContactId, WorkState> w : a.work().entrySet()) {
      if (w.getValue() == WorkState.OFFERED) {
        offered.add(w.getKey());
      }
    }
    for (ContactId id : offered) {
      OfferBook.Offer o = s.offers.remove(id, a.id());
      s.timers.cancel(o.timer());
      a.release(id, s.now);
      s.emit(new RoutingEvent.OfferWithdrawn(id, a.id(), reason));
      Contact c = s.find(id);
      if (!s.offers.hasOffers(id)) {
        requeue(c, "re-routed: " + reason);
      }
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
