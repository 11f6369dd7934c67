package dev.parley.routing.contact;

import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Direction;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.queue.SkillRequirement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One contact as the routing engine sees it.
 *
 * <p>Invariants: the state only changes along {@link ContactState#next()}, and every change is
 * recorded as a {@link Transition}; {@code arrivedAt} never changes after arrival (it is the age
 * that orders the contact, kept across rejects and transfers); {@code queuedAt} is when it entered
 * its current queue (the basis for max wait and skill relaxation). The engine is the only writer:
 * instances are mutated on the engine's single thread only.
 */
public final class Contact {
  private final ContactId id;
  private final Channel channel;
  private final Direction direction;
  private final CustomerId customer;
  private final List<CustomerId> identities;
  private final int priority;
  private final Instant arrivedAt;
  private final ContactId parent;
  private final List<SkillRequirement> skills;
  private final List<Transition> history = new ArrayList<>();
  private final Set<AgentId> participants = new LinkedHashSet<>();
  private QueueId queue;
  private ContactState state;
  private Instant queuedAt;
  private AgentId assignedAgent;
  private String disposition;
  private final AgentId preferredAgent;

  private Contact(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.channel = Objects.requireNonNull(b.channel, "channel");
    this.direction = b.direction;
    this.customer = b.customer;
    this.identities = b.identities;
    this.queue = Objects.requireNonNull(b.queue, "queue");
    this.priority = b.priority;
    this.arrivedAt = Objects.requireNonNull(b.arrivedAt, "arrivedAt");
    this.queuedAt = b.queuedAt == null ? b.arrivedAt : b.queuedAt;
    this.parent = b.parent;
    this.skills = b.skills;
    this.state = b.state;
    this.assignedAgent = b.assignedAgent;
    this.disposition = b.disposition;
    this.preferredAgent = b.preferredAgent;
  }

  /** A copy of every field, for {@link #snapshot()}: the copy shares nothing that changes. */
  private Contact(Contact c) {
    this.id = c.id;
    this.channel = c.channel;
    this.direction = c.direction;
    this.customer = c.customer;
    this.identities = c.identities;
    this.priority = c.priority;
    this.arrivedAt = c.arrivedAt;
    this.parent = c.parent;
    this.skills = c.skills;
    this.history.addAll(c.history);
    this.participants.addAll(c.participants);
    this.queue = c.queue;
    this.state = c.state;
    this.queuedAt = c.queuedAt;
    this.assignedAgent = c.assignedAgent;
    this.disposition = c.disposition;
    this.preferredAgent = c.preferredAgent;
  }

  /** This contact as it is now, in a copy the engine never changes: what the engine hands out. */
  public Snapshot snapshot() {
    return new Snapshot(new Contact(this));
  }

  public static Builder builder(ContactId id, Channel channel, QueueId queue, Instant arrivedAt) {
    return new Builder(id, channel, queue, arrivedAt);
  }

  /** Moves to {@code target}, refusing transitions the table does not allow. */
  public void moveTo(ContactState target, Instant at) {
    if (!state.canMoveTo(target)) {
      throw new IllegalTransitionException(id, state, target);
    }
    history.add(new Transition(state, target, at));
    state = target;
  }

  /** Enters {@code target} queue now: wait-based rules restart, the age used for order does not. */
  public void enterQueue(QueueId target, Instant at) {
    this.queue = Objects.requireNonNull(target);
    this.queuedAt = at;
  }

  public void assignTo(AgentId agent) {
    this.assignedAgent = agent;
  }

  public void addParticipant(AgentId agent) {
    participants.add(agent);
  }

  public void setDisposition(String code) {
    this.disposition = code;
  }

  public ContactId id() {
    return id;
  }

  /**
   * Skills this contact needs besides its queue's (e.g. the language a visitor chose): an agent
   * must meet both, the higher level where both name a skill. Empty for most contacts.
   */
  public List<SkillRequirement> skills() {
    return skills;
  }

  public Channel channel() {
    return channel;
  }

  public Direction direction() {
    return direction;
  }

  public Optional<CustomerId> customer() {
    return Optional.ofNullable(customer);
  }

  /**
   * The identities whose previous agent counts for this contact (sticky agent): the canonical key
   * of its own identity first, then the identities linked to it into one customer. Without them (a
   * contact built without its channel's keys) the customer as given is the only one.
   */
  public List<CustomerId> identities() {
    if (identities.isEmpty() && customer != null) {
      return List.of(customer);
    }
    return identities;
  }

  public QueueId queue() {
    return queue;
  }

  public int priority() {
    return priority;
  }

  public ContactState state() {
    return state;
  }

  public Instant arrivedAt() {
    return arrivedAt;
  }

  public Instant queuedAt() {
    return queuedAt;
  }

  /** The contact this is a consult segment of, if it is one. */
  public Optional<ContactId> parent() {
    return Optional.ofNullable(parent);
  }

  /**
   * The agent this contact goes to first when they can take it (a reopened thread's agent),
   * whatever the queue's sticky window.
   */
  public Optional<AgentId> preferredAgent() {
    return Optional.ofNullable(preferredAgent);
  }

  public Optional<AgentId> assignedAgent() {
    return Optional.ofNullable(assignedAgent);
  }

  public Set<AgentId> participants() {
    return Collections.unmodifiableSet(participants);
  }

  public Optional<String> disposition() {
    return Optional.ofNullable(disposition);
  }

  public List<Transition> history() {
    return Collections.unmodifiableList(history);
  }

  /** When the contact last entered {@code s}, if it ever did. */
  public Optional<Instant> enteredAt(ContactState s) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).to() == s) {
        return Optional.of(history.get(i).at());
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "Contact[" + id + " " + channel + " " + state + " in " + queue + "]";
  }

  /**
   * A contact frozen at one moment: every read of {@link Contact}, none of its changes. The engine
   * hands these out, so nothing outside it can change routing state behind its back.
   */
  public static final class Snapshot {
    private final Contact c;

    private Snapshot(Contact frozen) {
      this.c = frozen;
    }

    public ContactId id() {
      return c.id();
    }

    public Channel channel() {
      return c.channel();
    }

    public Direction direction() {
      return c.direction();
    }

    public Optional<CustomerId> customer() {
      return c.customer();
    }

    public List<CustomerId> identities() {
      return c.identities();
    }

    public QueueId queue() {
      return c.queue();
    }

    public int priority() {
      return c.priority();
    }

    public ContactState state() {
      return c.state();
    }

    public Instant arrivedAt() {
      return c.arrivedAt();
    }

    public Instant queuedAt() {
      return c.queuedAt();
    }

    public Optional<ContactId> parent() {
      return c.parent();
    }

    public List<SkillRequirement> skills() {
      return c.skills();
    }

    public Optional<AgentId> assignedAgent() {
      return c.assignedAgent();
    }

    public Set<AgentId> participants() {
      return c.participants();
    }

    public Optional<String> disposition() {
      return c.disposition();
    }

    public List<Transition> history() {
      return c.history();
    }

    public Optional<Instant> enteredAt(ContactState s) {
      return c.enteredAt(s);
    }

    @Override
    public String toString() {
      return c.toString();
    }
  }

  /** Builds a new contact (state RECEIVED) or one restored from storage in any state. */
  public static final class Builder {
    private final ContactId id;
    private final Channel channel;
    private final QueueId queue;
    private final Instant arrivedAt;
    private Direction direction = Direction.INBOUND;
    private CustomerId customer;
    private List<CustomerId> identities = List.of();
    private int priority;
    private Instant queuedAt;
    private ContactId parent;
    private List<SkillRequirement> skills = List.of();
    private ContactState state = ContactState.RECEIVED;
    private AgentId assignedAgent;
    private String disposition;
    private AgentId preferredAgent;

    private Builder(ContactId id, Channel channel, QueueId queue, Instant arrivedAt) {
      this.id = id;
      this.channel = channel;
      this.queue = queue;
      this.arrivedAt = arrivedAt;
    }

    public Builder direction(Direction d) {
      this.direction = Objects.requireNonNull(d);
      return this;
    }

    public Builder customer(CustomerId c) {
      this.customer = c;
      return this;
    }

    /** See {@link Contact#identities()}; the contact's own key first. */
    public Builder identities(List<CustomerId> keys) {
      this.identities = List.copyOf(keys);
      return this;
    }

    public Builder priority(int p) {
      this.priority = p;
      return this;
    }

    public Builder queuedAt(Instant at) {
      this.queuedAt = at;
      return this;
    }

    public Builder parent(ContactId p) {
      this.parent = p;
      return this;
    }

    /** See {@link Contact#skills()}. */
    public Builder skills(List<SkillRequirement> required) {
      this.skills = List.copyOf(required);
      return this;
    }

    /** For restoring a stored contact; new contacts start RECEIVED. */
    public Builder state(ContactState s) {
      this.state = Objects.requireNonNull(s);
      return this;
    }

    public Builder assignedAgent(AgentId a) {
      this.assignedAgent = a;
      return this;
    }

    public Builder disposition(String d) {
      this.disposition = d;
      return this;
    }

    /** See {@link Contact#preferredAgent()}. */
    public Builder preferredAgent(AgentId a) {
      this.preferredAgent = a;
      return this;
    }

    public Contact build() {
      return new Contact(this);
    }
  }
}
