package dev.parley.routing.runtime;

import dev.parley.routing.api.ContactNotification;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.core.RoutingEvent;
import dev.parley.routing.queue.OverflowAction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the engine's events into what the channels are told about their contacts, in the engine's
 * order (pure, like {@link Notifications}): waiting in a queue, accepted by an agent, a state
 * reached that the customer's side cares about, an overflow.
 */
final class ContactNotifications {
  private static final Set<ContactState> TOLD =
      EnumSet.of(
          ContactState.WRAP_UP,
          ContactState.CLOSED,
          ContactState.ABANDONED,
          ContactState.OVERFLOWED);

  private ContactNotifications() {}

  static List<ContactNotification> of(List<RoutingEvent> events, Notifications.Lookup lookup) {
    List<ContactNotification> out = new ArrayList<>();
    for (RoutingEvent e : events) {
      if (e instanceof RoutingEvent.ContactQueued q) {
        lookup
            .contact(q.contact())
            .ifPresent(
                c -> out.add(new ContactNotification.Queued(c.id(), c.channel(), q.queue())));
      } else if (e instanceof RoutingEvent.ContactAccepted a) {
        lookup
            .contact(a.contact())
            .ifPresent(
                c ->
                    out.add(
                        new ContactNotification.Accepted(
                            c.id(), c.channel(), parent(c), c.queue(), a.agent(), null)));
      } else if (e instanceof RoutingEvent.ContactTransferred t) {
        lookup
            .contact(t.contact())
            .ifPresent(
                c ->
                    out.add(
                        new ContactNotification.Accepted(
                            c.id(), c.channel(), parent(c), c.queue(), t.to(), t.from())));
      } else if (e instanceof RoutingEvent.ContactStateChanged s && TOLD.contains(s.to())) {
        lookup
            .contact(s.contact())
            .ifPresent(
                c ->
                    out.add(
                        new ContactNotification.StateChanged(
                            c.id(), c.channel(), parent(c), s.to())));
      } else if (e instanceof RoutingEvent.ContactOverflowed o) {
        lookup
            .contact(o.contact())
            .ifPresent(
                c ->
                    out.add(
                        new ContactNotification.Overflowed(
                            c.id(),
                            c.channel(),
                            kind(o.action()),
                            o.action() instanceof OverflowAction.EndWithMessage m
                                ? m.message()
                                : null,
                            o.cause() == RoutingEvent.OverflowCause.AFTER_HOURS)));
      }
    }
    return out;
  }

  private static ContactId parent(Contact.Snapshot c) {
    Optional<ContactId> p = c.parent();
    return p.orElse(null);
  }

  private static ContactNotification.OverflowKind kind(OverflowAction action) {
    if (action instanceof OverflowAction.ToQueue) {
      return ContactNotification.OverflowKind.TO_QUEUE;
    }
    if (action instanceof OverflowAction.Voicemail) {
      return ContactNotification.OverflowKind.VOICEMAIL;
    }
    if (action instanceof OverflowAction.Callback) {
      return ContactNotification.OverflowKind.CALLBACK;
    }
    return ContactNotification.OverflowKind.END_WITH_MESSAGE;
  }
}
