package dev.parley.routing.core;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.api.Presence;
import dev.parley.routing.agent.WorkState;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.contact.ContactState;
import dev.parley.routing.customer.StickyAgentMemory;
import dev.parley.routing.queue.QueueConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds an empty engine from stored state. Waiting contacts (QUEUED, and OFFERED whose offer
 * died with the old process) are queued again in arrival order with their age kept; active and
 * wrapping-up contacts take their agent's slot again. Pending consult requests are not restored
 * (they are abandoned; the agent asks again). Who served which customer identity within the
 * sticky windows is remembered again, so a returning customer still reaches their agent.
 */
final class Restorer {
  private final EngineState s;
  private final ContactFlow contacts;

  Restorer(EngineState s, ContactFlow contacts) {
    this.s = s;
    this.contacts = contacts;
  }

  void restore(
      List<QueueConfig> queues,
      List<AgentSnapshot> agents,
      List<Contact> stored,
      List<StickyAgentMemory.Served> served) {
    if (!s.holdsNoContact() || !s.agents.isEmpty()) {
      throw new IllegalStateException("restore needs an empty engine");
    }
    queues.forEach(s::configure);
    List<StickyAgentMemory.Served> byTime = new ArrayList<>(served);
    byTime.sort(Comparator.comparing(StickyAgentMemory.Served::at));
    for (StickyAgentMemory.Served v : byTime) {
      s.rememberAgentOf(v.identity(), v.agent(), v.at());
    }
    for (AgentSnapshot snap : agents) {
      Agent a = new Agent(snap.profile(), snap.presence(), snap.idleSince());
      a.restoreHandled(s.today(), snap.handledToday(), snap.idleSince());
      s.agents.put(a.id(), a);
      s.join(a);
      s.dirtyAgents.add(a);
    }
    List<Contact> ordered = new ArrayList<>(stored);
    ordered.sort(Comparator.comparing(Contact::arrivedAt).thenComparing(c -> c.id().value()));
    for (Contact c : ordered) {
      if (c.state().isTerminal()) {
        continue;
      }
      s.track(c);
      restoreOne(c);
    }
  }

  private void restoreOne(Contact c) {
    ContactState st = c.state();
    if (c.parent().isPresent() && (st == ContactState.QUEUED || st == ContactState.OFFERED)) {
      s.move(c, ContactState.ABANDONED);
      return;
    }
    switch (st) {
      case RECEIVED -> contacts.enter(c, "restored");
      case QUEUED, OFFERED -> {
        if (st == ContactState.OFFERED) {
          s.move(c, ContactState.QUEUED);
        }
        s.scheduleWaitTimers(c); // deadlines already past fire on the next command or tick
        s.addWaiting(c);
      }
      case ACTIVE, WRAP_UP -> {
        Agent a = s.agents.get(c.assignedAgent().orElse(null));
        if (a == null) {
          throw new IllegalArgumentException(
              "contact " + c.id() + " is " + st + " with an agent that is not restored");
        }
        a.hold(c.id(), c.channel(), st == ContactState.ACTIVE ? WorkState.ACTIVE : WorkState.WRAP_UP);
        if (st == ContactState.WRAP_UP) {
          QueueConfig q = s.queue(c.queue());
          var since = c.enteredAt(ContactState.WRAP_UP).orElse(s.now);
          s.timers.schedule(since.plus(q.wrapUpTime()), Timers.Kind.WRAP_UP_END, c.id(), a.id(), 0);
          if (a.presence().equals(Presence.AVAILABLE) && !a.hasLiveWork()) {
            a.setPresence(Presence.WRAP_UP, s.now);
          }
        }
      }
      default -> throw new IllegalStateException("unexpected state " + st);
    }
  }
}
