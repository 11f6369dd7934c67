package dev.parley.channels;

import dev.parley.routing.api.ContactView;
import dev.parley.routing.api.NewContact;
import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.id.ContactId;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * The step every adapter ends with: hands a new contact to routing and turns the outcome into a
 * {@link Receipt}. Routing answers only once the contact is committed, so {@link Receipt.Accepted}
 * is never given early; a refusal routing might lift later (busy, a conflict) and any failure of
 * routing itself become {@link Receipt.RetryLater}; what routing refuses as invalid or unknown
 * becomes {@link Receipt.Rejected}.
 */
public final class RoutingHandOver {
  private static final Logger LOG = Logger.getLogger(RoutingHandOver.class.getName());

  private final RoutingService routing;

  public RoutingHandOver(RoutingService routing) {
    this.routing = Objects.requireNonNull(routing, "routing");
  }

  public Receipt receive(NewContact contact) {
    ContactView stored;
    try {
      stored = routing.receive(contact);
    } catch (RoutingRefusedException e) {
      return switch (e.kind()) {
        case BUSY, CONFLICT -> new Receipt.RetryLater(e.getMessage());
        case INVALID, NOT_FOUND, FORBIDDEN -> new Receipt.Rejected(e.getMessage());
      };
    } catch (RuntimeException e) {
      // The database or the writer failed: nothing was stored, so the sender keeps the traffic.
      LOG.warning(
          () ->
              "event=channel.handover.failed channel=%s cause=%s".formatted(contact.channel(), e));
      return new Receipt.RetryLater("routing is unavailable; try again later");
    }
    return new Receipt.Accepted(ContactId.of(stored.id()));
  }
}
