package dev.parley.routing.core;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ConnectionId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.customer.StickyAgentMemory;
import dev.parley.routing.queue.QueueConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The automatic contact distributor. Single writer and deterministic: the caller applies {@link
 * Command}s one at a time from one thread and gets back the {@link RoutingEvent}s they caused, in
 * order. Given the same clock readings, commands and random seed, it makes the same decisions.
 *
 * <p>Before each command, every timer due by the clock's current time fires, each at its own
 * deadline and in deadline order; {@link #nextDeadline()} tells a driver (EJB timer, simulator)
 * when to send the next {@link Command.Tick}. A refused command yields {@link
 * RoutingEvent.CommandRefused} and changes nothing. Not thread-safe by design.
 */
public final class RoutingEngine {
  private final EngineState s;
  private final Router router;
  private final ContactFlow contacts;
  private final AgentFlow agents;
  private final ConnectionFlow connections;
  private final TransferFlow transfers;
  private final QueueRemoval removal;

  public RoutingEngine(Clock clock) {
    this(clock, RoutingSettings.DEFAULT, new SplittableRandom(0));
  }

  public RoutingEngine(Clock clock, RoutingSettings settings, RandomGenerator random) {
    this.s = new EngineState(clock, settings, random);
    this.router = new Router(s);
    Overflow overflow = new Overflow(s, router);
    this.contacts = new ContactFlow(s, router, overflow);
    this.connections = new ConnectionFlow(s, router);
    this.agents = new AgentFlow(s, router, connections);
    this.transfers = new TransferFlow(s, router, overflow);
    this.removal = new QueueRemoval(s);
  }

  public List<RoutingEvent> apply(Command command) {
    s.out = new ArrayList<>();
    Instant target = s.clock.instant();
    fireDue(target);
    if (target.isAfter(s.now)) {
      s.now = target;
    }
    try {
      handle(command);
    } catch (Refusal r) {
      s.emit(new RoutingEvent.CommandRefused(command, r.getMessage()));
    }
    drain();
    return List.copyOf(s.out);
  }

  private void handle(Command c) {
    if (c instanceof Command.ConfigureQueue q) {
      QueueConfig before = s.configure(q.config());
      if (before != null && before.priority() != q.config().priority()) {
        s.rekeyWaiting(s.home(q.config().id()));
      }
    } else if (c instanceof Command.ChangeSettings x) {
      try {
        s.settings =
            s.settings
                .withChannelWeights(x.channelWeights())
                .withAgingPerSecond(x.agingPerSecond())
                .withNoAnswerLimit(x.noAnswerLimit());
      } catch (IllegalArgumentException e) {
        throw new Refusal(e.getMessage());
      }
      s.rekeyWaiting(null);
    } else if (c instanceof Command.RemoveQueue r) {
      removal.remove(r);
    } else if (c instanceof Command.AgentProfileChanged p) {
      agents.profileChanged(p);
    } else if (c instanceof Command.ContactArrived a) {
      contacts.arrived(a);
    } else if (c instanceof Command.ContactReopened r) {
      contacts.reopened(r);
    } else if (c instanceof Command.ContactAbandoned a) {
      contacts.abandoned(a);
    } else if (c instanceof Command.AgentLoggedIn l) {
      agents.loggedIn(l);
    } else if (c instanceof Command.PresenceChanged p) {
      agents.presenceChanged(p);
    } else if (c instanceof Command.AgentConnected x) {
      connections.connected(x);
    } else if (c instanceof Command.AgentDisconnected x) {
      connections.disconnected(x);
    } else if (c instanceof Command.OfferAccepted a) {
      agents.accepted(a);
    } else if (c instanceof Command.OfferRejected r) {
      agents.rejected(r);
    } else if (c instanceof Command.ContactEnded e) {
      contacts.ended(e);
    } else if (c instanceof Command.WrapUpCompleted w) {
      contacts.wrapUpCompleted(w);
    } else if (c instanceof Command.TransferToQueue t) {
      transfers.toQueue(t);
    } else if (c instanceof Command.TransferToAgent t) {
      transfers.toAgent(t);
    } else if (c instanceof Command.ConsultExpert x) {
      transfers.consult(x);
    } else if (c instanceof Command.WarmTransfer w) {
      transfers.warm(w);
    } else if (c instanceof Command.ForgetContact f) {
      s.forget(f.contact());
    } else if (!(c instanceof Command.Tick)) {
      throw new Refusal("unknown command " + c);
    }
  }

  private void fireDue(Instant until) {
    Optional<Timers.Timer> t;
    while ((t = s.timers.pollDue(until)).isPresent()) {
      Timers.Timer timer = t.get();
      if (timer.at().isAfter(s.now)) {
        s.now = timer.at();
      }
      switch (timer.kind()) {
        case OFFER_TIMEOUT -> agents.offerTimedOut(timer);
        case MAX_WAIT, RELAXATION -> contacts.waitTimer(timer);
        case WRAP_UP_END -> contacts.wrapUpTimer(timer);
        case CONNECTION_GRACE -> connections.graceOver(timer);
      }
      drain();
    }
  }

  /** Routes every agent that may have room, until nothing more can be matched. */
  private void drain() {
    while (!s.dirtyAgents.isEmpty()) {
      Iterator<Agent> it = s.dirtyAgents.iterator();
      Agent a = it.next();
      it.remove();
      router.routeAgent(a); // does nothing for an agent that logged out (it is OFFLINE)
    }
  }

  /** The settings in force (the engine's own, or the last {@link Command.ChangeSettings}). */
  public RoutingSettings settings() {
    return s.settings;
  }

  /** The state itself, for this package's tests (white-box checks of internal components). */
  EngineState state() {
    return s;
  }

  /** When the next timer is due, if any (it may turn out stale; a Tick then does nothing). */
  public Optional<Instant> nextDeadline() {
    return s.timers.first().map(Timers.Timer::at);
  }

  /** Every decision recorded about {@code contact}, oldest first. */
  public List<Decision> explain(ContactId contact) {
    return s.decisions(contact);
  }

  /**
   * The decisions about {@code contact} numbered {@code from} and later that are still kept (every
   * decision ever made for the contact is numbered from 0; the oldest are dropped beyond the
   * per-contact limit). For readers that store decisions incrementally.
   */
  public List<Decision> explainSince(ContactId contact, long from) {
    return s.decisionsSince(contact, from);
  }

  /** How many decisions were ever made about {@code contact} (0 when unknown). */
  public long decisionCount(ContactId contact) {
    return s.decisionCount(contact);
  }

  /** The contact's live state; mutate it only through commands. */
  /** The contact as it is now: a snapshot, which later commands do not change. */
  public Optional<Contact.Snapshot> contact(ContactId id) {
    Contact c = s.find(id);
    return c == null ? Optional.empty() : Optional.of(c.snapshot());
  }

  /**
   * Every live workstation connection by agent (logged in or not), for a facade that rebuilds the
   * engine in the same process: the connections outlive the engine they were told to.
   */
  public Map<AgentId, Set<ConnectionId>> connections() {
    return s.connections.snapshot();
  }

  /** When the offer of {@code contact} ringing at {@code agent} expires (empty if none rings). */
  public Optional<Instant> offerExpiry(ContactId contact, AgentId agent) {
    return Optional.ofNullable(s.offers.get(contact, agent)).map(OfferBook.Offer::expiresAt);
  }

  /** Whether a workstation connection of {@code agent} is live. */
  public boolean connected(AgentId agent) {
    return s.connections.isConnected(agent);
  }

  /** A logged-in agent's live state; mutate it only through commands. */
  /** The logged-in agent as it is now: a snapshot, which later commands do not change. */
  public Optional<Agent.Snapshot> agent(AgentId id) {
    Agent a = s.agents.get(id);
    return a == null ? Optional.empty() : Optional.of(a.snapshot());
  }

  public Optional<QueueConfig> queue(QueueId id) {
    return Optional.ofNullable(s.findQueue(id));
  }

  /** Contacts waiting in {@code queue} on {@code channel}, in the order they will be served. */
  public List<ContactId> waiting(QueueId queue, Channel channel) {
    return s.waitingIn(queue, channel).head(Integer.MAX_VALUE).stream()
        .map(WaitingIndex.Entry::contact)
        .toList();
  }

  /** Service level achieved by {@code queue} so far (1.0 before any contact counted). */
  public double serviceLevel(QueueId queue) {
    return s.serviceLevels.achieved(queue);
  }

  /**
   * Rebuilds this (empty) engine from stored state and routes what was waiting.
   *
   * @return the events of re-queuing and routing, for the facade to persist and publish
   */
  public List<RoutingEvent> restore(
      List<QueueConfig> queues, List<AgentSnapshot> agentStates, List<Contact> stored) {
    return restore(queues, agentStates, stored, List.of());
  }

  /**
   * As {@link #restore(List, List, List)}, also remembering who served which customer identity
   * ({@code served}, any order) so the sticky-agent rule holds across the restart.
   */
  public List<RoutingEvent> restore(
      List<QueueConfig> queues,
      List<AgentSnapshot> agentStates,
      List<Contact> stored,
      List<StickyAgentMemory.Served> served) {
    return restore(queues, agentStates, stored, served, List.of(), Map.of());
  }

  /**
   * As {@link #restore(List, List, List, List)}, also with the offers that were ringing ({@code
   * offers}: they ring on at the same agents until their own deadlines; one whose deadline has
   * passed times out at once) and the workstation connections live now ({@code connections}, by
   * agent; none after a restart). When presence follows connections, a restored agent without a
   * connection is offered nothing until one opens, and leaves routing if none opens within the
   * grace period; with one it keeps its stored presence and is routed at once.
   */
  public List<RoutingEvent> restore(
      List<QueueConfig> queues,
      List<AgentSnapshot> agentStates,
      List<Contact> stored,
      List<StickyAgentMemory.Served> served,
      List<OfferSnapshot> offers,
      Map<AgentId, Set<ConnectionId>> connections) {
    s.out = new ArrayList<>();
    s.now = s.clock.instant();
    new Restorer(s, contacts, this.connections)
        .restore(queues, agentStates, stored, served, offers, connections);
    fireDue(s.now); // deadlines that passed while the engine was down, in deadline order
    drain();
    return List.copyOf(s.out);
  }
}
