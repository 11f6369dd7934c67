package dev.parley.routing.agent;

import dev.parley.routing.api.Channel;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.PresenceStatus;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Live state of one logged-in agent, owned and mutated only by the routing engine's thread.
 *
 * <p>Invariants: every contact offered to, handled by or wrapped up by the agent holds exactly one
 * slot of its channel, so {@code load(c) <= capacity(c)} whenever the engine offered it; {@code
 * idleSince} is when the agent last became free of all work (or available), which the longest-idle
 * strategies compare; {@code connected} is false only while routing follows the agent's connections
 * and none is live (nothing new is offered then, see {@code RoutingSettings}).
 */
public final class Agent {
  private record Slot(Channel channel, WorkState state) {}

  private AgentProfile profile;
  private final Map<ContactId, Slot> work = new LinkedHashMap<>();

  /** Slots held per channel, indexed by ordinal (an array: this is read on every decision). */
  private final int[] load = new int[Channel.values().length];

  /** The profile's capacity per channel, by ordinal (read with load on every decision). */
  private int[] capacity;

  /**
   * Bit {@code ordinal} set while {@code load < capacity} on that channel: the routing scan over a
   * queue's members reads this one field instead of two arrays per agent.
   */
  private int freeChannels;

  // Counts kept in step with work so the checks every routing decision makes are O(1):
  /** Voice/video slots not in wrap-up. */
  private int liveCalls;

  /** Chat slots not in wrap-up. */
  private int liveChats;

  /** Slots not in wrap-up. */
  private int liveWork;

  /** Slots in wrap-up. */
  private int wrapping;

  private Presence presence;

  /** {@code presence.status()}, kept here so the routing scan need not follow the reference. */
  private PresenceStatus status;

  private Instant presenceSince;
  private Instant idleSince;

  /**
   * {@code idleSince} as nanoseconds since the epoch, so the longest-idle ranking, which reads it
   * for every eligible member of a queue, compares a field of the agent rather than following a
   * reference to an {@code Instant} elsewhere in the heap.
   */
  private long idleNanos;

  private LocalDate handledOn;
  private int handledToday;
  private int consecutiveNoAnswers;

  /**
   * Whether a workstation connection of the agent is live. True unless the engine follows
   * connections and has none for it; read with presence on every routing decision.
   */
  private boolean connected = true;

  public Agent(AgentProfile profile, Presence presence, Instant since) {
    this.profile = Objects.requireNonNull(profile);
    this.capacity = capacities(profile);
    this.presence = Objects.requireNonNull(presence);
    this.status = presence.status();
    this.presenceSince = since;
    recountFree();
    idle(since);
  }

  /** A copy of every field, for {@link #snapshot()}: the copy shares nothing that changes. */
  private Agent(Agent a) {
    this.profile = a.profile;
    for (Map.Entry<ContactId, Slot> e : a.work.entrySet()) {
      this.work.put(e.getKey(), e.getValue());
    }
    System.arraycopy(a.load, 0, this.load, 0, a.load.length);
    this.capacity = a.capacity.clone();
    this.freeChannels = a.freeChannels;
    this.liveCalls = a.liveCalls;
    this.liveChats = a.liveChats;
    this.liveWork = a.liveWork;
    this.wrapping = a.wrapping;
    this.presence = a.presence;
    this.status = a.status;
    this.presenceSince = a.presenceSince;
    this.idleSince = a.idleSince;
    this.idleNanos = a.idleNanos;
    this.handledOn = a.handledOn;
    this.handledToday = a.handledToday;
    this.consecutiveNoAnswers = a.consecutiveNoAnswers;
    this.connected = a.connected;
  }

  /** This agent as it is now, in a copy the engine never changes: what the engine hands out. */
  public Snapshot snapshot() {
    return new Snapshot(new Agent(this));
  }

  public AgentId id() {
    return profile.id();
  }

  public AgentProfile profile() {
    return profile;
  }

  public void updateProfile(AgentProfile p) {
    if (!p.id().equals(profile.id())) {
      throw new IllegalArgumentException("profile of " + p.id() + " given to " + profile.id());
    }
    this.profile = p;
    this.capacity = capacities(p);
    recountFree();
  }

  private void recountFree() {
    for (Channel ch : Channel.values()) {
      recountFree(ch.ordinal());
    }
  }

  private void recountFree(int ordinal) {
    if (load[ordinal] < capacity[ordinal]) {
      freeChannels |= 1 << ordinal;
    } else {
      freeChannels &= ~(1 << ordinal);
    }
  }

  private static int[] capacities(AgentProfile p) {
    int[] c = new int[Channel.values().length];
    for (Channel ch : Channel.values()) {
      c[ch.ordinal()] = p.capacity().of(ch);
    }
    return c;
  }

  public Presence presence() {
    return presence;
  }

  public PresenceStatus presenceStatus() {
    return status;
  }

  /** True while the agent may be offered work as far as its connections go. */
  public boolean connected() {
    return connected;
  }

  public void setConnected(boolean connected) {
    this.connected = connected;
  }

  public Instant presenceSince() {
    return presenceSince;
  }

  public void setPresence(Presence p, Instant at) {
    if (!p.equals(presence)) {
      if (p.is(PresenceStatus.AVAILABLE) && work.isEmpty()) {
        idle(at);
      }
      presence = p;
      status = p.status();
      presenceSince = at;
    }
  }

  public Instant idleSince() {
    return idleSince;
  }

  /**
   * {@link #idleSince()} as nanoseconds since the epoch: the same order for every instant from 1678
   * to 2261, and the earliest or latest value beyond.
   */
  public long idleNanos() {
    return idleNanos;
  }

  private void idle(Instant at) {
    idleSince = at;
    idleNanos = nanos(at);
  }

  static long nanos(Instant t) {
    long seconds = t.getEpochSecond();
    if (seconds >= Long.MAX_VALUE / 1_000_000_000L) {
      return Long.MAX_VALUE;
    }
    if (seconds <= Long.MIN_VALUE / 1_000_000_000L) {
      return Long.MIN_VALUE;
    }
    return seconds * 1_000_000_000L + t.getNano();
  }

  public int load(Channel c) {
    return load[c.ordinal()];
  }

  public int capacity(Channel c) {
    return capacity[c.ordinal()];
  }

  public boolean hasFreeSlot(Channel c) {
    return (freeChannels & (1 << c.ordinal())) != 0;
  }

  /** True while a voice or video call is offered to or handled by the agent (not in wrap-up). */
  public boolean onLiveCall() {
    return liveCalls > 0;
  }

  /** True while a chat is offered to or handled by the agent. */
  public boolean onChat() {
    return liveChats > 0;
  }

  public boolean hasWork() {
    return !work.isEmpty();
  }

  /** True when some contact is offered or active (wrap-up alone does not count). */
  public boolean hasLiveWork() {
    return liveWork > 0;
  }

  /** True when some contact is in wrap-up. */
  public boolean isWrappingUp() {
    return wrapping > 0;
  }

  public Map<ContactId, WorkState> work() {
    Map<ContactId, WorkState> m = new LinkedHashMap<>();
    work.forEach((id, s) -> m.put(id, s.state()));
    return Collections.unmodifiableMap(m);
  }

  /** The channel of the slot held for {@code id}, or null. */
  public Channel channelOf(ContactId id) {
    Slot s = work.get(id);
    return s == null ? null : s.channel();
  }

  public WorkState workOn(ContactId id) {
    Slot s = work.get(id);
    return s == null ? null : s.state();
  }

  /**
   * Takes a slot of {@code channel} for {@code contact}, or moves the contact's slot to a state.
   */
  public void hold(ContactId contact, Channel channel, WorkState state) {
    Slot slot = new Slot(channel, state);
    Slot previous = work.put(contact, slot);
    if (previous == null) {
      load[channel.ordinal()]++;
      recountFree(channel.ordinal());
    } else {
      count(previous, -1);
    }
    count(slot, 1);
  }

  private void count(Slot s, int delta) {
    if (s.state() == WorkState.WRAP_UP) {
      wrapping += delta;
      return;
    }
    liveWork += delta;
    if (s.channel().isLiveCall()) {
      liveCalls += delta;
    } else if (s.channel() == Channel.CHAT) {
      liveChats += delta;
    }
  }

  /** Frees the slot held for {@code contact}; the agent becomes idle when nothing is left. */
  public void release(ContactId contact, Instant at) {
    Slot s = work.remove(contact);
    if (s != null) {
      load[s.channel().ordinal()]--;
      recountFree(s.channel().ordinal());
      count(s, -1);
      if (work.isEmpty()) {
        idle(at);
      }
    }
  }

  public int handledToday(LocalDate today) {
    return today.equals(handledOn) ? handledToday : 0;
  }

  public void countHandled(LocalDate today) {
    handledToday = handledToday(today) + 1;
    handledOn = today;
  }

  /** For restore: the count of contacts handled on {@code day}. */
  public void restoreHandled(LocalDate day, int count, Instant idle) {
    handledOn = day;
    handledToday = count;
    idle(idle);
  }

  public int consecutiveNoAnswers() {
    return consecutiveNoAnswers;
  }

  public int recordNoAnswer() {
    return ++consecutiveNoAnswers;
  }

  public void recordAnswer() {
    consecutiveNoAnswers = 0;
  }

  @Override
  public String toString() {
    return "Agent["
        + id()
        + " "
        + presence
        + (connected ? "" : " disconnected")
        + " work="
        + work.keySet()
        + "]";
  }

  /**
   * An agent frozen at one moment: every read of {@link Agent}, none of its changes. The engine
   * hands these out, so nothing outside it can change routing state behind its back, and a snapshot
   * kept for later still says what it said.
   */
  public static final class Snapshot {
    private final Agent a;

    private Snapshot(Agent frozen) {
      this.a = frozen;
    }

    public AgentId id() {
      return a.id();
    }

    public AgentProfile profile() {
      return a.profile();
    }

    public Presence presence() {
      return a.presence();
    }

    public PresenceStatus presenceStatus() {
      return a.presenceStatus();
    }

    public boolean connected() {
      return a.connected();
    }

    public Instant presenceSince() {
      return a.presenceSince();
    }

    public Instant idleSince() {
      return a.idleSince();
    }

    public int load(Channel c) {
      return a.load(c);
    }

    public int capacity(Channel c) {
      return a.capacity(c);
    }

    public boolean hasFreeSlot(Channel c) {
      return a.hasFreeSlot(c);
    }

    public boolean onLiveCall() {
      return a.onLiveCall();
    }

    public boolean onChat() {
      return a.onChat();
    }

    public boolean hasWork() {
      return a.hasWork();
    }

    public boolean hasLiveWork() {
      return a.hasLiveWork();
    }

    public boolean isWrappingUp() {
      return a.isWrappingUp();
    }

    public Map<ContactId, WorkState> work() {
      return a.work();
    }

    public Channel channelOf(ContactId id) {
      return a.channelOf(id);
    }

    public WorkState workOn(ContactId id) {
      return a.workOn(id);
    }

    public int handledToday(LocalDate today) {
      return a.handledToday(today);
    }

    public int consecutiveNoAnswers() {
      return a.consecutiveNoAnswers();
    }

    @Override
    public String toString() {
      return a.toString();
    }
  }
}
