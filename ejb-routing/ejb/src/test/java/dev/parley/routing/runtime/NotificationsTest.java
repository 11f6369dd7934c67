package dev.parley.routing.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.api.AgentNotification;
import dev.parley.routing.api.AgentNotification.WithdrawReason;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.PresenceStatus;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.core.RoutingEvent;
import dev.parley.routing.queue.QueueConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationsTest {
  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  private static final AgentId ALICE = AgentId.of("alice");
  private static final ContactId C1 = ContactId.of("c-1");
  private static final QueueConfig SUPPORT =
      QueueConfig.builder("Support", Channel.CHAT).offerTimeout(Duration.ofSeconds(20)).build();

  private Contact contact(ContactState state, AgentId agent) {
    return Contact.builder(C1, Channel.CHAT, SUPPORT.id(), T0)
        .customer(CustomerId.of("Jane"))
        .state(state)
        .assignedAgent(agent)
        .build();
  }

  private Notifications.Lookup lookup(Contact c) {
    return new Notifications.Lookup() {
      @Override
      public Optional<Contact.Snapshot> contact(ContactId id) {
        return id.equals(c.id()) ? Optional.of(c.snapshot()) : Optional.empty();
      }

      @Override
      public Optional<QueueConfig> queue(QueueId id) {
        return id.equals(SUPPORT.id()) ? Optional.of(SUPPORT) : Optional.empty();
      }
    };
  }

  @Test
  void anOfferCarriesTheContactAndItsRingTime() {
    var events = List.<RoutingEvent>of(new RoutingEvent.OfferMade(C1, ALICE, T0.plusSeconds(20)));

    var told = Notifications.of(events, lookup(contact(ContactState.OFFERED, null)));

    assertThat(told).hasSize(1);
    var offered = (AgentNotification.Offered) told.get(0);
    assertThat(offered.agent()).isEqualTo(ALICE);
    assertThat(offered.offer().contactId()).isEqualTo("c-1");
    assertThat(offered.offer().queueName()).isEqualTo("Support");
    assertThat(offered.offer().customer()).isEqualTo("Jane");
    assertThat(offered.offer().offeredAt()).isEqualTo(T0);
    assertThat(offered.offer().expiresAt()).isEqualTo(T0.plusSeconds(20));
  }

  @Test
  void timeoutsAndWithdrawalsStopTheRingingWithTheContractsReasons() {
    var events =
        List.<RoutingEvent>of(
            new RoutingEvent.OfferTimedOut(C1, ALICE, T0),
            new RoutingEvent.OfferWithdrawn(C1, AgentId.of("bob"), "accepted by carol"),
            new RoutingEvent.OfferWithdrawn(C1, AgentId.of("dan"), "customer left"),
            new RoutingEvent.OfferWithdrawn(C1, AgentId.of("eve"), "connection lost"));

    var told = Notifications.of(events, lookup(contact(ContactState.ABANDONED, null)));

    assertThat(told)
        .extracting(n -> ((AgentNotification.OfferWithdrawn) n).reason())
        .containsExactly(
            WithdrawReason.TIMEOUT,
            WithdrawReason.TAKEN_BY_OTHER,
            WithdrawReason.ABANDONED,
            WithdrawReason.CONNECTION_LOST);
    assertThat(Notifications.recipients(told))
        .extracting(AgentId::value)
        .containsExactly("alice", "bob", "dan", "eve");
  }

  @Test
  void stateChangesGoToTheHandlingAgentOnly() {
    var events =
        List.<RoutingEvent>of(
            new RoutingEvent.ContactStateChanged(
                C1, ContactState.RECEIVED, ContactState.QUEUED, T0),
            new RoutingEvent.ContactStateChanged(C1, ContactState.OFFERED, ContactState.ACTIVE, T0),
            new RoutingEvent.ContactStateChanged(
                C1, ContactState.WRAP_UP, ContactState.CLOSED, T0));

    var told = Notifications.of(events, lookup(contact(ContactState.CLOSED, ALICE)));

    assertThat(told)
        .containsExactly(
            new AgentNotification.ContactStateChanged(ALICE, C1, ContactState.ACTIVE),
            new AgentNotification.ContactStateChanged(ALICE, C1, ContactState.CLOSED));
  }

  @Test
  void presenceChangesAreToldWithTheBreakReason() {
    var events =
        List.<RoutingEvent>of(
            new RoutingEvent.AgentPresenceChanged(
                ALICE, Presence.AVAILABLE, Presence.onBreak("Lunch"), T0));

    assertThat(Notifications.of(events, lookup(contact(ContactState.QUEUED, null))))
        .containsExactly(
            new AgentNotification.PresenceChanged(ALICE, PresenceStatus.BREAK, "Lunch"));
  }

  @Test
  void refusalsAndDecisionsTellNobody() {
    var events = List.<RoutingEvent>of(new RoutingEvent.ContactQueued(C1, SUPPORT.id(), T0));

    assertThat(Notifications.of(events, lookup(contact(ContactState.QUEUED, null)))).isEmpty();
  }
}
