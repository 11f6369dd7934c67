package dev.parley.routing.core;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.agent.WorkState;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.queue.QueueConfig;
import java.util.List;

/**
 * Moving an active contact on: blind transfer to a queue or to an agent, expert consults (their own
 * segment, a child contact with the parent's channel) and warm transfer (hand the contact to the
 * consulted expert). Age for ordering is kept on every move.
 */
final class TransferFlow {
  private final EngineState s;
  private final Router router;
  private final Overflow overflow;

  TransferFlow(EngineState s, Router router, Overflow overflow) {
    this.s = s;
    this.router = router;
    this.overflow = overflow;
  }

  void toQueue(Command.TransferToQueue cmd) {
    Contact c = activeCustomerContact(cmd.contact());
    QueueHome home = s.home(cmd.queue());
    QueueConfig target = home.config();
    if (!target.serves(c.channel())) {
      throw new Refusal("queue " + target.id() + " does not serve " + c.channel());
    }
    AgentId from = releaseHandler(c);
    s.move(c, ContactState.QUEUED);
    c.enterQueue(target.id(), s.now);
    s.scheduleWaitTimers(c, target);
    if (!target.hours().isOpen(s.now)) {
      overflow.afterHours(c);
      return;
    }
    s.addWaiting(c, home);
    router.routeContact(c, home, DecisionRule.TRANSFER, "blind transfer from " + from);
  }

  void toAgent(Command.TransferToAgent cmd) {
    Contact c = activeCustomerContact(cmd.contact());
    Agent target = s.agent(cmd.agent());
    if (c.assignedAgent().orElseThrow().equals(target.id())) {
      throw new Refusal("contact " + c.id() + " is already with " + target.id());
    }
    Verdict v = new Eligibility(s).checkWork(target, c.channel());
    if (v != null) {
      throw new Refusal(
          "agent " + target.id() + " cannot take it: " + v.reason() + " " + v.detail());
    }
    AgentId from = releaseHandler(c);
    router.offer(c, List.of(target), s.home(c.queue()));
    s.decide(c, DecisionRule.TRANSFER, "transfer from " + from, 0, target.id(), List.of());
  }

  void consult(Command.ConsultExpert cmd) {
    Contact parent = activeCustomerContact(cmd.contact());
    if (s.holds(cmd.consult())) {
      throw new Refusal("contact " + cmd.consult() + " already exists");
    }
    if (cmd.target() instanceof ExpertTarget.Named n) {
      s.agent(n.agent());
    }
    Contact consult =
        Contact.builder(cmd.consult(), parent.channel(), parent.queue(), s.now)
            .parent(parent.id())
            .priority(s.settings.consultPriority())
            .build();
    s.track(consult);
    s.waitingConsults.put(consult.id(), cmd.target());
    s.move(consult, ContactState.QUEUED);
    s.emit(
        new RoutingEvent.ConsultRequested(
            consult.id(), parent.id(), parent.assignedAgent().orElseThrow(), s.now));
    router.routeContact(consult, DecisionRule.CONSULT, "consult requested");
  }

  void warm(Command.WarmTransfer cmd) {
    Contact c = activeCustomerContact(cmd.contact());
    Contact consult = s.contact(cmd.consult());
    if (!consult.parent().map(c.id()::equals).orElse(false)
        || consult.state() != ContactState.ACTIVE) {
      throw new Refusal("contact " + consult.id() + " is not an active consult of " + c.id());
    }
    Agent expert = s.agent(consult.assignedAgent().orElseThrow());
    // Take the contact's slot before giving up the consult's, so the expert never looks idle.
    expert.hold(c.id(), c.channel(), WorkState.ACTIVE);
    s.move(consult, ContactState.CLOSED);
    expert.release(consult.id(), s.now);
    AgentId from = releaseHandler(c);
    c.assignTo(expert.id());
    s.emit(new RoutingEvent.ContactTransferred(c.id(), from, expert.id(), s.now));
  }

  private Contact activeCustomerContact(dev.parley.routing.api.id.ContactId id) {
    Contact c = s.contact(id);
    if (c.state() != ContactState.ACTIVE || c.parent().isPresent()) {
      throw new Refusal("contact " + id + " is " + c.state() + "; only an ACTIVE contact moves on");
    }
    return c;
  }

  /** Frees the handling agent's slot; returns who it was. */
  private AgentId releaseHandler(Contact c) {
    AgentId from = c.assignedAgent().orElseThrow();
    Agent a = s.agents.get(from);
    if (a != null) {
      a.release(c.id(), s.now);
      s.dirtyAgents.add(a);
    }
    c.assignTo(null);
    return from;
  }
}
