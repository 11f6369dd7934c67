package dev.parley.routing.core;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.queue.SkillRequirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Routes expert consults: a segment of its own, offered to a named colleague or to the agent with
 * the skill who has been idle longest, ahead of every ordinary contact (a customer is on hold). The
 * consult holds a slot of the parent's channel on the expert, so it counts against capacity.
 */
final class ConsultRouter {
  private final EngineState s;
  private final Eligibility eligibility;
  private final Router router;

  ConsultRouter(EngineState s, Eligibility eligibility, Router router) {
    this.s = s;
    this.eligibility = eligibility;
    this.router = router;
  }

  void route(Contact consult) {
    ExpertTarget target = s.waitingConsults.get(consult.id());
    // Every logged-in agent may be a candidate: the explanation lists the first few (PassedOver).
    PassedOver passed = new PassedOver();
    List<Agent> eligible = new ArrayList<>();
    for (Agent a : candidates(target)) {
      Verdict v = verdict(a, consult, target);
      if (v == null) {
        eligible.add(a);
      } else {
        passed.add(v);
      }
    }
    if (eligible.isEmpty()) {
      s.decide(
          consult,
          DecisionRule.WAITING,
          "consult " + target + "; no expert free" + passed.summary(),
          0,
          null,
          passed.listed());
      return;
    }
    eligible.sort(Comparator.comparing(Agent::idleSince).thenComparing(a -> a.id().value()));
    Agent expert = eligible.get(0);
    router.offer(consult, List.of(expert), s.home(consult.queue()));
    s.decide(
        consult,
        DecisionRule.CONSULT,
        "consult " + target + passed.summary(),
        0,
        expert.id(),
        passed.listed());
  }

  /** Gives {@code a} the oldest waiting consult it qualifies for; true if one was offered. */
  boolean offerWaitingTo(Agent a) {
    for (Map.Entry<ContactId, ExpertTarget> e : s.waitingConsults.entrySet()) {
      Contact c = s.find(e.getKey());
      if (c.state() == ContactState.QUEUED && verdict(a, c, e.getValue()) == null) {
        router.offer(c, List.of(a), s.home(c.queue()));
        s.decide(c, DecisionRule.CONSULT, "expert " + a.id() + " freed up", 0, a.id(), List.of());
        return true;
      }
    }
    return false;
  }

  private List<Agent> candidates(ExpertTarget target) {
    if (target instanceof ExpertTarget.Named n) {
      Agent a = s.agents.get(n.agent());
      return a == null ? List.of() : List.of(a);
    }
    List<Agent> all = new ArrayList<>(s.agents.values());
    all.sort(Comparator.comparing(a -> a.id().value()));
    return all;
  }

  private Verdict verdict(Agent a, Contact consult, ExpertTarget target) {
    Contact parent = s.find(consult.parent().orElseThrow());
    AgentId requester = parent.assignedAgent().orElse(null);
    if (a.id().equals(requester)) {
      return new Verdict(a.id(), PassReason.NOT_AVAILABLE, "is the agent asking");
    }
    if (target instanceof ExpertTarget.Named n && !n.agent().equals(a.id())) {
      return new Verdict(a.id(), PassReason.NOT_AVAILABLE, "not the named expert");
    }
    Verdict v = eligibility.checkWork(a, consult.channel());
    if (v == null && target instanceof ExpertTarget.BySkill b) {
      SkillRequirement r = b.skill();
      v = eligibility.checkSkills(a, List.of(r));
    }
    return v;
  }
}
