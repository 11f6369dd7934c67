package dev.parley.routing.core;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.PresenceStatus;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.customer.StickyAgentMemory;
import dev.parley.routing.queue.QueueConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * All routing state plus the few primitives every handler needs (state changes that also emit their
 * event). Package-private: only the engine's collaborators, on the engine's thread, see it.
 */
final class EngineState {
  final Clock clock;

  /** Replaced only by {@link Command.ChangeSettings}. */
  RoutingSettings settings;

  final RandomGenerator random;

  /**
   * One home per queue that is configured or served by a logged-in agent: its settings, lanes,
   * service-level counts and members. Looked up once per command that names a queue; routing
   * reaches the homes of an agent's queues through {@link #homesOf} instead.
   */
  private final Map<QueueId, QueueHome> homes = new HashMap<>();

  /**
   * The homes of the queues each logged-in agent serves, in its profile's order; by identity
   * (finding an agent's entry reads no id). Set by {@link #join}, dropped by {@link #leave}.
   */
  private final Map<Agent, QueueHome[]> served = new IdentityHashMap<>();

  final Map<AgentId, Agent> agents = new HashMap<>();

  /** Every contact the engine holds, with what it keeps about each (one look-up per id). */
  private final Map<ContactId, ContactSlot> contacts = new HashMap<>();

  /** Consult segments not yet accepted by an expert, oldest first, with whom they are for. */
  final Map<ContactId, ExpertTarget> waitingConsults = new LinkedHashMap<>();

  /** Contacts whose max wait passed while they were offered: they overflow if offered back. */
  final Set<ContactId> overdue = new java.util.HashSet<>();

  final WaitingIndex waiting = new WaitingIndex();
  final Timers timers = new Timers();
  final OfferBook offers = new OfferBook();
  final Connections connections = new Connections();
  final DecisionLog log;
  final ServiceLevels serviceLevels = new ServiceLevels();
  final StickyAgentMemory sticky = new StickyAgentMemory();

  /** The longest sticky-agent window of any configured queue: how long {@link #sticky} keeps. */
  private Duration longestStickyWindow = Duration.ZERO;

  final Map<QueueId, AgentId> roundRobinLast = new HashMap<>();

  /**
   * Agents that may be able to take work, routed at the end of the current command, in the order
   * they were marked. Held by reference (an agent's identity, not a look-up by id): within one
   * command an agent is never replaced, and one that logged out is OFFLINE, so routing it does
   * nothing.
   */
  final Set<Agent> dirtyAgents = new LinkedHashSet<>();

  Instant now;
  List<RoutingEvent> out = new ArrayList<>();
  private long nextSeq;

  EngineState(Clock clock, RoutingSettings settings, RandomGenerator random) {
    this.clock = clock;
    this.settings = settings;
    this.random = random;
    this.log = new DecisionLog(settings.maxDecisionsPerContact());
    this.now = clock.instant();
  }

  void emit(RoutingEvent e) {
    out.add(e);
  }

  QueueConfig queue(QueueId id) {
    return home(id).config();
  }

  /** The home of a configured queue. */
  QueueHome home(QueueId id) {
    QueueHome h = homes.get(id);
    if (h == null || h.config() == null) {
      throw new Refusal("unknown queue " + id);
    }
    return h;
  }

  /** The queue's configuration, or null when it is not configured. */
  QueueConfig findQueue(QueueId id) {
    QueueHome h = homes.get(id);
    return h == null ? null : h.config();
  }

  /** Every configured queue, in no particular order. */
  List<QueueConfig> configuredQueues() {
    List<QueueConfig> all = new ArrayList<>(homes.size());
    for (QueueHome h : homes.values()) {
      if (h.config() != null) {
        all.add(h.config());
      }
    }
    return all;
  }

  /** Adds or replaces a queue's configuration; returns the one replaced (null if none). */
  QueueConfig configure(QueueConfig q) {
    QueueConfig replaced = homes.computeIfAbsent(q.id(), this::newHome).configure(q);
    if (q.stickyWindow().compareTo(longestStickyWindow) > 0) {
      longestStickyWindow = q.stickyWindow();
    } else if (replaced != null && replaced.stickyWindow().equals(longestStickyWindow)) {
      longestStickyWindow = longestOf(homes.values());
    }
    return replaced;
  }

  /** {@code agent} took a contact of {@code c}'s customer now: remembered for the sticky rule. */
  void rememberAgentOf(Contact c, AgentId agent) {
    List<CustomerId> ids = c.identities();
    if (!ids.isEmpty()) {
      rememberAgentOf(ids.get(0), agent, now);
    }
  }

  void rememberAgentOf(CustomerId identity, AgentId agent, Instant at) {
    sticky.remember(identity, agent, at, longestStickyWindow);
  }

  /** What {@link #sticky} must keep: the longest window of the queues in {@code all}. */
  private static Duration longestOf(Iterable<QueueHome> all) {
    Duration longest = Duration.ZERO;
    for (QueueHome h : all) {
      if (h.config() != null && h.config().stickyWindow().compareTo(longest) > 0) {
        longest = h.config().stickyWindow();
      }
    }
    return longest;
  }

  private QueueHome newHome(QueueId id) {
    return new QueueHome(id, serviceLevels.of(id));
  }

  /** The homes of the queues {@code a} serves, in its profile's order (none if not logged in). */
  QueueHome[] homesOf(Agent a) {
    QueueHome[] mine = served.get(a);
    return mine == null ? NO_HOMES : mine;
  }

  private static final QueueHome[] NO_HOMES = new QueueHome[0];

  Contact contact(ContactId id) {
    return slot(id).contact;
  }

  ContactSlot slot(ContactId id) {
    ContactSlot slot = contacts.get(id);
    if (slot == null) {
      throw new Refusal("unknown contact " + id);
    }
    return slot;
  }

  /** The contact, or null when the engine does not hold it (stale timers, explanations). */
  Contact find(ContactId id) {
    ContactSlot slot = contacts.get(id);
    return slot == null ? null : slot.contact;
  }

  boolean holds(ContactId id) {
    return contacts.containsKey(id);
  }

  boolean holdsNoContact() {
    return contacts.isEmpty();
  }

  /** Starts holding a new contact; its arrival sequence is the order of this call. */
  ContactSlot track(Contact c) {
    ContactSlot slot = new ContactSlot(c, nextSeq++);
    if (contacts.putIfAbsent(c.id(), slot) != null) {
      throw new Refusal("contact " + c.id() + " already exists");
    }
    return slot;
  }

  /** Takes a contact out of the waiting index, if it is there. */
  void unqueue(Contact c) {
    ContactSlot slot = contacts.get(c.id());
    if (slot != null) {
      waiting.remove(slot);
    }
  }

  List<Decision> decisions(ContactId id) {
    return log.of(contacts.get(id));
  }

  List<Decision> decisionsSince(ContactId id, long from) {
    return log.since(contacts.get(id), from);
  }

  long decisionCount(ContactId id) {
    return log.count(contacts.get(id));
  }

  Agent agent(AgentId id) {
    Agent a = agents.get(id);
    if (a == null) {
      throw new Refusal("agent " + id + " is not logged in");
    }
    return a;
  }

  LocalDate today() {
    return now.atZone(clock.getZone()).toLocalDate();
  }

  void move(Contact c, ContactState to) {
    ContactState from = c.state();
    c.moveTo(to, now);
    emit(new RoutingEvent.ContactStateChanged(c.id(), from, to, now));
  }

  void presence(Agent a, Presence p) {
    Presence from = a.presence();
    if (!from.equals(p)) {
      a.setPresence(p, now);
      emit(new RoutingEvent.AgentPresenceChanged(a.id(), from, p, now));
    }
  }

  void decide(
      Contact c, DecisionRule rule, String detail, int step, AgentId chosen, List<Verdict> passed) {
    log.record(
        slot(c.id()), DecisionRecord.of(new Decision(now, rule, detail, step, chosen, passed)));
  }

  /** Records a decision to be rendered when explained (hot paths: no strings built now). */
  void decide(Contact c, DecisionRecord d) {
    log.record(slot(c.id()), d);
  }

  /** As {@link #decide(Contact, DecisionRecord)} when the slot is at hand (no look-up). */
  void decide(ContactSlot slot, DecisionRecord d) {
    log.record(slot, d);
  }

  /**
   * Drops everything kept about a finished contact. Timers it left behind stay queued and are
   * ignored when they fire, like any stale timer (they find no contact).
   */
  void forget(ContactId id) {
    Contact c = contact(id);
    if (!c.state().isTerminal()) {
      throw new Refusal(
          "contact " + id + " is " + c.state() + "; only a finished one is forgotten");
    }
    for (ContactId consult : waitingConsults.keySet()) {
      if (contacts.get(consult).contact.parent().map(id::equals).orElse(false)) {
        throw new Refusal("contact " + id + " still has consult " + consult + " waiting");
      }
    }
    waiting.remove(contacts.remove(id));
    overdue.remove(id);
    offers.forget(id);
  }

  /**
   * Base priority of {@code c} in its queue {@code q}: queue + contact + channel weight (aging
   * comes on top).
   */
  private int basePriority(Contact c, QueueConfig q) {
    return q.priority() + c.priority() + settings.weight(c.channel());
  }

  /** Effective priority at {@code now} of {@code c} in its queue {@code q}, for explanations. */
  double effectivePriority(Contact c, QueueConfig q) {
    double waitedSeconds = Duration.between(c.arrivedAt(), now).toMillis() / 1000.0;
    return basePriority(c, q) + settings.agingPerSecond() * waitedSeconds;
  }

  /** Puts a QUEUED contact in the waiting index; its key depends on arrival only (age kept). */
  void addWaiting(Contact c) {
    addWaiting(c, home(c.queue()));
  }

  /** As {@link #addWaiting(Contact)} with the home of the contact's queue at hand. */
  void addWaiting(Contact c, QueueHome home) {
    ContactSlot slot = slot(c.id());
    waiting.add(
        new WaitingIndex.Entry(slot, home, c.channel(), waitingKey(c, home.config()), slot.seq));
    emit(new RoutingEvent.ContactQueued(c.id(), c.queue(), now));
  }

  private double waitingKey(Contact c, QueueConfig q) {
    double arrivalSeconds = c.arrivedAt().toEpochMilli() / 1000.0;
    return basePriority(c, q) - settings.agingPerSecond() * arrivalSeconds;
  }

  /**
   * Recomputes the ordering key of the contacts waiting in {@code home} (every queue's when null),
   * after a change to what the key is made of (queue priority, channel weights, aging). Arrival
   * order and age are kept; no event is emitted (nothing happened to the contacts).
   */
  void rekeyWaiting(QueueHome home) {
    List<WaitingIndex.Entry> entries = new ArrayList<>();
    for (QueueHome h : home == null ? homes.values() : List.of(home)) {
      for (Channel ch : Channel.values()) {
        h.lane(ch).forEach(entries::add);
      }
    }
    for (WaitingIndex.Entry e : entries) {
      QueueConfig q = e.home().config();
      waiting.add(
          new WaitingIndex.Entry(
              e.slot(), e.home(), e.channel(), waitingKey(e.subject(), q), e.seq()));
    }
  }

  /**
   * Sets the contact's timers for its current queue entry. The token is the entry instant, so a
   * timer left over from an earlier queue entry is recognised as stale when it fires.
   */
  void scheduleWaitTimers(Contact c) {
    scheduleWaitTimers(c, queue(c.queue()));
  }

  /** As {@link #scheduleWaitTimers(Contact)} with the contact's queue {@code q} at hand. */
  void scheduleWaitTimers(Contact c, QueueConfig q) {
    long token = c.queuedAt().toEpochMilli();
    if (!q.maxWait().isZero()) {
      timers.schedule(c.queuedAt().plus(q.maxWait()), Timers.Kind.MAX_WAIT, c.id(), null, token);
    }
    for (var step : q.relaxation()) {
      timers.schedule(c.queuedAt().plus(step.after()), Timers.Kind.RELAXATION, c.id(), null, token);
    }
  }

  QueueConfig.CurrentRequirement requirement(Contact c) {
    return requirement(c, queue(c.queue()));
  }

  /** As {@link #requirement(Contact)} with the contact's queue {@code q} at hand. */
  QueueConfig.CurrentRequirement requirement(Contact c, QueueConfig q) {
    QueueConfig.CurrentRequirement queue =
        q.relaxation().isEmpty()
            ? q.requirementAfter(Duration.ZERO)
            : q.requirementAfter(Duration.between(c.queuedAt(), now));
    return c.skills().isEmpty() ? queue : queue.and(c.skills());
  }

  /** The agent leaves routing (logs out): out of its queues, the engine and any grace period. */
  void logOut(Agent a) {
    leave(a);
    agents.remove(a.id());
    connections.stopGrace(a.id(), timers);
  }

  /**
   * An agent routing took OFFLINE while it still held contacts leaves once it holds none (see
   * {@link ConnectionFlow#graceOver}); any other agent stays.
   */
  void logOutIfIdle(Agent a) {
    if (a.presenceStatus() == PresenceStatus.OFFLINE && !a.hasWork() && agents.get(a.id()) == a) {
      logOut(a);
    }
  }

  /** Adds a logged-in agent to the members of every queue its profile names. */
  void join(Agent a) {
    Set<QueueId> ids = a.profile().queues().keySet();
    QueueHome[] mine = new QueueHome[ids.size()];
    int i = 0;
    for (QueueId q : ids) {
      QueueHome h = homes.computeIfAbsent(q, this::newHome);
      h.members.put(a);
      mine[i++] = h;
    }
    served.put(a, mine);
  }

  /** Takes the agent out of the members of the queues it joined (its profile then may change). */
  void leave(Agent a) {
    QueueHome[] mine = served.remove(a);
    if (mine != null) {
      for (QueueHome h : mine) {
        h.members.remove(a.id());
      }
    }
  }

  /** The contacts waiting in {@code q} on {@code ch}, best first (empty for an unknown queue). */
  WaitingIndex.Lane waitingIn(QueueId q, Channel ch) {
    QueueHome h = homes.get(q);
    return h == null ? WaitingIndex.Lane.EMPTY : h.lane(ch);
  }

  /** The logged-in agents serving {@code q}, in id order, with their priority in it. */
  Members.Snapshot membersOf(QueueId q) {
    QueueHome h = homes.get(q);
    return h == null ? Members.Snapshot.EMPTY : h.members.snapshot();
  }

  /** How many contacts of {@code q} are not finished (waiting, offered, active, wrap-up). */
  int openContactsIn(QueueId q) {
    int open = 0;
    for (ContactSlot slot : contacts.values()) {
      if (slot.contact.queue().equals(q) && !slot.contact.state().isTerminal()) {
        open++;
      }
    }
    return open;
  }

  /**
   * Forgets a removed queue: its settings and members (every agent has left it already, and none of
   * its contacts waits). Its service-level counts stay with {@link #serviceLevels}.
   */
  void dropQueue(QueueId q) {
    QueueHome dropped = homes.remove(q);
    if (dropped != null
        && dropped.config() != null
        && dropped.config().stickyWindow().equals(longestStickyWindow)) {
      longestStickyWindow = longestOf(homes.values());
    }
  }
}
