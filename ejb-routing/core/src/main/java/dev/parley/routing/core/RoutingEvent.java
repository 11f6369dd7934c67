package dev.parley.routing.core;

import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.queue.OverflowAction;
import java.time.Instant;

/** What the engine decided; the facade persists and publishes these in the order emitted. */
public sealed interface RoutingEvent {
  record ContactStateChanged(ContactId contact, ContactState from, ContactState to, Instant at)
      implements RoutingEvent {}

  record ContactQueued(ContactId contact, QueueId queue, Instant at) implements RoutingEvent {}

  record OfferMade(ContactId contact, AgentId agent, Instant expiresAt) implements RoutingEvent {}

  /** An offer was taken back: another agent accepted (ring all), the contact left, etc. */
  record OfferWithdrawn(ContactId contact, AgentId agent, String reason) implements RoutingEvent {}

  record OfferTimedOut(ContactId contact, AgentId agent, Instant at) implements RoutingEvent {}

  record OfferDeclined(ContactId contact, AgentId agent, Instant at) implements RoutingEvent {}

  record ContactAccepted(ContactId contact, AgentId agent, Instant at) implements RoutingEvent {}

  record AgentPresenceChanged(AgentId agent, Presence from, Presence to, Instant at)
      implements RoutingEvent {}

  /** Why a contact overflowed. */
  enum OverflowCause {
    MAX_WAIT,
    AFTER_HOURS
  }

  record ContactOverflowed(
      ContactId contact, QueueId from, OverflowAction action, OverflowCause cause, Instant at)
      implements RoutingEvent {}

  record ContactTransferred(ContactId contact, AgentId from, AgentId to, Instant at)
      implements RoutingEvent {}

  record ConsultRequested(ContactId consult, ContactId contact, AgentId requester, Instant at)
      implements RoutingEvent {}

  /** Wrap-up time is over but the queue requires a disposition the agent has not given yet. */
  record WrapUpOverdue(ContactId contact, AgentId agent, Instant at) implements RoutingEvent {}

  /** The command was refused; nothing it would have changed was changed. */
  record CommandRefused(Command command, String reason) implements RoutingEvent {}
}
