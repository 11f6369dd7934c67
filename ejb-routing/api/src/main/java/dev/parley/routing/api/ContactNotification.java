package dev.parley.routing.api;

import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;

/**
 * CDI event payloads telling the channels what routing did with a contact (the customer's side:
 * waiting, taken by an agent, ended, overflowed). Fired like {@link AgentNotification}: once the
 * batch is committed and durable, outside any transaction, in the engine's order. {@code parent} is
 * the customer's contact when the contact is an expert consult, else null.
 */
public sealed interface ContactNotification {
  ContactId contact();

  Channel channel();

  /** Waiting in {@code queue} (arrived, transferred, overflowed to it, or back from an agent). */
  record Queued(ContactId contact, Channel channel, QueueId queue) implements ContactNotification {}

  /**
   * {@code agent} accepted it (or took it over from {@code from}, a warm transfer) in {@code
   * queue}.
   */
  record Accepted(
      ContactId contact,
      Channel channel,
      ContactId parent,
      QueueId queue,
      AgentId agent,
      AgentId from)
      implements ContactNotification {}

  /** It entered {@code state} (WRAP_UP, CLOSED, ABANDONED, OVERFLOWED…). */
  record StateChanged(ContactId contact, Channel channel, ContactId parent, ContactState state)
      implements ContactNotification {}

  /** What a queue's overflow or after-hours rule did with it. */
  enum OverflowKind {
    TO_QUEUE,
    VOICEMAIL,
    CALLBACK,
    END_WITH_MESSAGE
  }

  /**
   * The queue's maximum wait ({@code afterHours} false) or its closed hours sent it on: to another
   * queue, or out of routing with {@code message} for the customer (END_WITH_MESSAGE) or to
   * voicemail or a callback.
   */
  record Overflowed(
      ContactId contact, Channel channel, OverflowKind kind, String message, boolean afterHours)
      implements ContactNotification {}
}
