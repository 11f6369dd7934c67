package dev.parley.routing.runtime;

import dev.parley.routing.api.AgentNotification;
import dev.parley.routing.api.AgentState;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.core.RoutingEvent;
import dev.parley.routing.queue.QueueConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the engine's events into what each agent is told, in the engine's order. Pure: the engine's
 * current view is passed in as a {@link Lookup}. An agent hears about offers to it, offers taken
 * back from it, state changes of contacts it handles, and its own presence.
 */
final class Notifications {
  private static final Set<ContactState> HANDLING =
      EnumSet.of(ContactState.ACTIVE, ContactState.WRAP_UP);

  /** The engine's view after the command. */
  interface Lookup {
    Optional<Contact.Snapshot> contact(ContactId id);

    Optional<QueueConfig> queue(QueueId id);
  }

  private Notifications() {}

  static List<AgentNotification> of(List<RoutingEvent> events, Lookup lookup) {
    List<AgentNotification> out = new ArrayList<>();
    for (RoutingEvent e : events) {
      if (e instanceof RoutingEvent.OfferMade o) {
        lookup
            .contact(o.contact())
            .ifPresent(c -> out.add(new AgentNotification.Offered(o.agent(), offer(c, o, lookup))));
      } else if (e instanceof RoutingEvent.OfferTimedOut t) {
        out.add(
            new AgentNotification.OfferWithdrawn(
                t.agent(), t.contact(), AgentNotification.WithdrawReason.TIMEOUT));
      } else if (e instanceof RoutingEvent.OfferWithdrawn w) {
        out.add(
            new AgentNotification.OfferWithdrawn(
                w.agent(), w.contact(), withdrawReason(w.reason())));
      } else if (e instanceof RoutingEvent.ContactStateChanged s
          && (HANDLING.contains(s.from()) || HANDLING.contains(s.to()))) {
        lookup
            .contact(s.contact())
            .flatMap(Contact.Snapshot::assignedAgent)
            .ifPresent(
                a -> out.add(new AgentNotification.ContactStateChanged(a, s.contact(), s.to())));
      } else if (e instanceof RoutingEvent.AgentPresenceChanged p) {
        out.add(
            new AgentNotification.PresenceChanged(
                p.agent(), p.to().status(), p.to().breakReason()));
      }
    }
    return out;
  }

  static AgentState.OfferView offer(Contact.Snapshot c, RoutingEvent.OfferMade o, Lookup lookup) {
    Duration ring = lookup.queue(c.queue()).map(QueueConfig::offerTimeout).orElse(Duration.ZERO);
    return new AgentState.OfferView(
        c.id().value(),
        c.channel(),
        c.queue().value(),
        c.customer().map(CustomerId::value).orElse(null),
        o.expiresAt().minus(ring),
        o.expiresAt(),
        c.parent().orElse(c.id()).value(),
        null);
  }

  /**
   * The contract knows four reasons; the engine explains in words. The customer leaving is
   * ABANDONED, the agent not answering is TIMEOUT, the agent's connections gone past the grace
   * period is CONNECTION_LOST, anything else (another agent accepted, a transfer or overflow, the
   * agent's own presence change) took the contact away: TAKEN_BY_OTHER.
   */
  static AgentNotification.WithdrawReason withdrawReason(String engineReason) {
    String r = engineReason == null ? "" : engineReason.toLowerCase(Locale.ROOT);
    if (r.equals(Presence.CONNECTION_LOST.reason())) {
      return AgentNotification.WithdrawReason.CONNECTION_LOST;
    }
    if (r.contains("customer left") || r.contains("abandon")) {
      return AgentNotification.WithdrawReason.ABANDONED;
    }
    if (r.contains("not responding") || r.contains("no answer") || r.contains("timed out")) {
      return AgentNotification.WithdrawReason.TIMEOUT;
    }
    return AgentNotification.WithdrawReason.TAKEN_BY_OTHER;
  }

  /** Agents a list of notifications goes to, for tests and logging. */
  static List<AgentId> recipients(List<AgentNotification> ns) {
    return ns.stream().map(AgentNotification::agent).toList();
  }
}
