package dev.parley.routing.core;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.agent.WorkState;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ConnectionId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.customer.StickyAgentMemory;
import dev.parley.routing.queue.QueueConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds an empty engine from stored state. Waiting contacts (QUEUED, and OFFERED whose offer is
 * not known or whose agent is not restored) are queued again in arrival order with their age kept;
 * an OFFERED contact whose offers are known rings on at the same agents until the offers' own
 * deadlines (the engine fires those already past right after); active and wrapping-up contacts take
 * their agent's slot again. Pending consult requests are not restored (they are abandoned; the
 * agent asks again). Who served which customer identity within the sticky windows is remembered
 * again, so a returning customer still reaches their agent. Restored agents keep their stored
 * presence; when presence follows connections, one without a live connection is offered nothing
 * until it connects, and its grace period starts now.
 */
final class Restorer {
  private final EngineState s;
  private final ContactFlow contacts;
  private final ConnectionFlow connections;

  Restorer(EngineState s, ContactFlow contacts, ConnectionFlow connections) {
    this.s = s;
    this.contacts = contacts;
    this.connections = connections;
  }

  void restore(
      List<QueueConfig> queues,
      List<AgentSnapshot> agents,
      List<Contact> stored,
      List<StickyAgentMemory.Served> served,
      List<OfferSnapshot> offers,
      Map<AgentId, Set<ConnectionId>> live) {
    if (!s.holdsNoContact() || !s.agents.isEmpty()) {
      throw new IllegalStateException("restore needs an empty engine");
    }
    queues.forEach(s::configure);
    List<StickyAgentMemory.Served> byTime = new ArrayList<>(served);
    byTime.sort(Comparator.comparing(StickyAgentMemory.Served::at));
    for (StickyAgentMemory.Served v : byTime) {
      s.rememberAgentOf(v.identity(), v.agent(), v.at());
    }
    live.forEach((agent, ids) -> ids.forEach(id -> s.connections.open(agent, id)));
    for (AgentSnapshot snap : agents) {
      Agent a = new Agent(snap.profile(), snap.presence(), snap.idleSince());
      a.restoreHandled(s.today(), snap.handledToday(), snap.idleSince());
      s.agents.put(a.id(), a);
      s.join(a);
      connections.follow(a);
      s.dirtyAgents.add(a);
    }
    Map<ContactId, List<OfferSnapshot>> ringing = new HashMap<>();
    for (OfferSnapshot o : offers) {
      ringing.computeIfAbsent(o.contact(), c -> new ArrayList<>()).add(o);
    }
    List<Contact> ordered = new ArrayList<>(stored);
    ordered.sort(Comparator.comparing(Contact::arrivedAt).thenComparing(c -> c.id().value()));
    for (Contact c : ordered) {
      if (c.state().isTerminal()) {
        continue;
      }
      s.track(c);
      restoreOne(c, ringing.getOrDefault(c.id(), List.of()));
    }
  }

  private void restoreOne(Contact c, List<OfferSnapshot> ringing) {
    ContactState st = c.state();
    if (c.parent().isPresent() && (st == ContactState.QUEUED || st == ContactState.OFFERED)) {
      s.move(c, ContactState.ABANDONED);
      return;
    }
    switch (st) {
      case RECEIVED -> contacts.enter(c, "restored");
      case QUEUED, OFFERED -> {
        s.scheduleWaitTimers(c); // deadlines already past fire at the end of the restore
        if (st == ContactState.OFFERED && ringOn(c, ringing)) {
          return;
        }
        if (st == ContactState.OFFERED) {
          s.move(c, ContactState.QUEUED);
        }
        s.addWaiting(c);
      }
      case ACTIVE, WRAP_UP -> {
        Agent a = s.agents.get(c.assignedAgent().orElse(null));
        if (a == null) {
          throw new IllegalArgumentException(
              "contact " + c.id() + " is " + st + " with an agent that is not restored");
        }
        a.hold(
            c.id(), c.channel(), st == ContactState.ACTIVE ? WorkState.ACTIVE : WorkState.WRAP_UP);
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

  /**
   * Lets {@code c} ring on at the restored agents it was offered to, each until the offer's own
   * deadline; false when none of them is restored (the contact then waits again).
   */
  private boolean ringOn(Contact c, List<OfferSnapshot> ringing) {
    boolean any = false;
    for (OfferSnapshot o : ringing) {
      Agent a = s.agents.get(o.agent());
      if (a == null || a.workOn(c.id()) != null) {
        continue;
      }
      a.hold(c.id(), c.channel(), WorkState.OFFERED);
      Timers.Timer t =
          s.timers.schedule(o.expiresAt(), Timers.Kind.OFFER_TIMEOUT, c.id(), a.id(), 0);
      s.offers.add(new OfferBook.Offer(c.id(), a.id(), o.expiresAt(), t));
      any = true;
    }
    return any;
  }
}
