package dev.parley.routing.core;

import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.Direction;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ConnectionId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.SkillRequirement;
import java.util.List;
import java.util.Map;

/** Everything that can change routing state; applied one at a time by {@link RoutingEngine}. */
public sealed interface Command {
  /**
   * Adds or replaces a queue's configuration. A changed queue priority re-orders the contacts
   * already waiting in it (age kept).
   */
  record ConfigureQueue(QueueConfig config) implements Command {}

  /**
   * Replaces the engine-wide channel weights, aging rate and no-answer limit (the other settings
   * stay). Contacts already waiting are re-ordered by the new weights and aging, age kept; the
   * no-answer limit applies from the next unanswered offer.
   */
  record ChangeSettings(
      Map<Channel, Integer> channelWeights, double agingPerSecond, int noAnswerLimit)
      implements Command {}

  /**
   * Removes a queue from routing and from every logged-in agent's profile. Refused while a contact
   * of the queue is still open (waiting, offered, active or in wrap-up) or while another queue
   * overflows into it (max wait or after hours).
   */
  record RemoveQueue(QueueId queue) implements Command {}

  /**
   * A new contact for {@code queue}; {@code customer} (the identity as the channel gave it) may be
   * null, {@code priority} is extra. {@code identities} are the keys whose previous agent counts
   * for the sticky-agent rule, the contact's own first, then those linked to it (see {@link
   * dev.parley.routing.contact.Contact#identities()}); empty means the customer as given. {@code
   * skills} are needed besides the queue's (see {@link
   * dev.parley.routing.contact.Contact#skills()}).
   */
  record ContactArrived(
      ContactId contact,
      Channel channel,
      Direction direction,
      QueueId queue,
      CustomerId customer,
      int priority,
      List<CustomerId> identities,
      List<SkillRequirement> skills)
      implements Command {
    public ContactArrived {
      identities = List.copyOf(identities);
      skills = List.copyOf(skills);
    }

    public ContactArrived(
        ContactId contact,
        Channel channel,
        Direction direction,
        QueueId queue,
        CustomerId customer,
        int priority,
        List<CustomerId> identities) {
      this(contact, channel, direction, queue, customer, priority, identities, List.of());
    }

    public ContactArrived(
        ContactId contact,
        Channel channel,
        Direction direction,
        QueueId queue,
        CustomerId customer,
        int priority) {
      this(contact, channel, direction, queue, customer, priority, List.of());
    }

    public static ContactArrived inbound(String id, Channel channel, String queue) {
      return new ContactArrived(
          ContactId.of(id), channel, Direction.INBOUND, QueueId.of(queue), null, 0);
    }

    public ContactArrived from(String customer) {
      return new ContactArrived(
          contact,
          channel,
          direction,
          queue,
          CustomerId.of(customer),
          priority,
          identities,
          skills);
    }

    /** The same contact with the sticky-agent keys of its customer, its own first. */
    public ContactArrived identifiedAs(String... keys) {
      List<CustomerId> ids = new java.util.ArrayList<>();
      for (String k : keys) {
        ids.add(CustomerId.of(k));
      }
      return new ContactArrived(
          contact, channel, direction, queue, customer, priority, ids, skills);
    }

    public ContactArrived withPriority(int p) {
      return new ContactArrived(
          contact, channel, direction, queue, customer, p, identities, skills);
    }

    /** The same contact needing {@code required} besides its queue's skills. */
    public ContactArrived needing(SkillRequirement... required) {
      return new ContactArrived(
          contact, channel, direction, queue, customer, priority, identities, List.of(required));
    }
  }

  /**
   * A finished contact comes back (a customer answered a closed e-mail thread): the engine, which
   * has forgotten it, takes it again under its own id as a new arrival, offering it to {@code
   * preferred} (its last agent, may be null) first when they can take it. Refused while the engine
   * still holds the contact.
   */
  record ContactReopened(ContactArrived contact, AgentId preferred) implements Command {}

  /** The customer left before an agent took the contact. */
  record ContactAbandoned(ContactId contact) implements Command {}

  record AgentLoggedIn(AgentProfile profile, Presence presence) implements Command {}

  /**
   * A logged-in agent's profile (skills, capacity, queues) was changed: it applies at once. Work in
   * progress is kept, even where the new profile would not have allowed it (it finishes as it would
   * have); the agent is routed again straight away with the new profile. Refused for an agent that
   * is not logged in (its stored profile is read when it logs in).
   */
  record AgentProfileChanged(AgentProfile profile) implements Command {}

  /** Presence chosen by the agent (AVAILABLE, BREAK with reason, OFFLINE to log out). */
  record PresenceChanged(AgentId agent, Presence presence) implements Command {}

  /**
   * A workstation connection of the agent opened (logged in or not; an agent may hold several).
   * When routing follows connections ({@link RoutingSettings#connectionGrace()}), a logged-in agent
   * is offered work only while it has one; the first one ends a grace period. Opening a connection
   * already known changes nothing.
   */
  record AgentConnected(AgentId agent, ConnectionId connection) implements Command {}

  /**
   * That connection is gone (closed, or dropped with the network) now. When it was the agent's
   * last, nothing new is offered to it and its grace period starts: if no connection opens before
   * it ends, the agent leaves routing (OFFLINE, connection lost), its ringing offers are withdrawn
   * and routed again with their age kept; contacts it already accepted stay with it. A connection
   * not known changes nothing.
   */
  record AgentDisconnected(AgentId agent, ConnectionId connection) implements Command {}

  record OfferAccepted(ContactId contact, AgentId agent) implements Command {}

  record OfferRejected(ContactId contact, AgentId agent) implements Command {}

  /** The conversation is over; the agent wraps up (a consult segment just closes). */
  record ContactEnded(ContactId contact) implements Command {}

  /** The agent finished wrap-up; {@code disposition} may be null unless the queue requires one. */
  record WrapUpCompleted(ContactId contact, String disposition) implements Command {}

  /** Blind transfer of an active contact to a queue. */
  record TransferToQueue(ContactId contact, QueueId queue) implements Command {}

  /** Transfer of an active contact to a named agent, who gets an offer. */
  record TransferToAgent(ContactId contact, AgentId agent) implements Command {}

  /** The handling agent pulls in an expert; {@code consult} names the new segment. */
  record ConsultExpert(ContactId consult, ContactId contact, ExpertTarget target)
      implements Command {}

  /** Hands {@code contact} over to the expert of the active {@code consult} (warm transfer). */
  record WarmTransfer(ContactId contact, ContactId consult) implements Command {}

  /**
   * The facade has stored this finished contact (CLOSED, ABANDONED or OVERFLOWED): the engine drops
   * its state and its explanation, which from then on are read from storage. Without it a
   * long-running engine would keep every contact it ever saw. Refused for a contact still in
   * progress or with an expert consult still waiting.
   */
  record ForgetContact(ContactId contact) implements Command {}

  /** Fires every timer due at the clock's current time. */
  record Tick() implements Command {}
}
