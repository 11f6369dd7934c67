package dev.parley.routing.core;

import static dev.parley.routing.api.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.Skills;
import dev.parley.routing.agent.WorkState;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ConnectionId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.queue.QueueConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A rebuilt engine when presence follows connections (ADR 0013): agents keep their stored presence
 * but are offered nothing until they connect, and leave routing if they do not within the grace
 * period; an offer that was ringing rings on until its own deadline, and one whose deadline passed
 * while the engine was down times out at once.
 */
class RestoreConnectionsTest {
  private static final Duration GRACE = Duration.ofSeconds(5);
  private static final Duration RING = Duration.ofSeconds(30);
  private static final QueueId Q = QueueId.of("q");
  private static final QueueConfig QUEUE = Fixture.voiceQueue("q").offerTimeout(RING).build();
  private static final Instant ARRIVED = Fixture.T0.minus(Duration.ofMinutes(2));

  private final Fixture f =
      new Fixture(RoutingSettings.DEFAULT.withAgingPerSecond(0).withConnectionGrace(GRACE));

  private static AgentSnapshot available(String agent) {
    return new AgentSnapshot(
        AgentProfile.of(agent, Skills.NONE, Q), Presence.AVAILABLE, ARRIVED, 0);
  }

  private static Contact stored(String id, ContactState state, Instant arrived) {
    return Contact.builder(ContactId.of(id), VOICE, Q, arrived).state(state).build();
  }

  private static OfferSnapshot ringing(String contact, String agent, Instant expiresAt) {
    return new OfferSnapshot(ContactId.of(contact), AgentId.of(agent), expiresAt);
  }

  private List<RoutingEvent> restore(
      List<AgentSnapshot> agents,
      List<Contact> contacts,
      List<OfferSnapshot> offers,
      Map<AgentId, Set<ConnectionId>> live) {
    List<RoutingEvent> events =
        f.engine.restore(List.of(QUEUE), agents, contacts, List.of(), offers, live);
    f.events.addAll(events);
    return events;
  }

  private void connect(String agent) {
    f.apply(new Command.AgentConnected(AgentId.of(agent), ConnectionId.of(agent + "-tab")));
  }

  private boolean ringsAt(String contact, String agent) {
    return f.engine
        .agent(AgentId.of(agent))
        .map(a -> a.workOn(ContactId.of(contact)) == WorkState.OFFERED)
        .orElse(false);
  }

  @Test
  void noRestoredAgentIsOfferedAnythingUntilItConnectsAndThenItKeepsItsPresence() {
    restore(
        List.of(available("a"), available("b")),
        List.of(stored("c1", ContactState.QUEUED, ARRIVED)),
        List.of(),
        Map.of());
    f.arrive("c2", VOICE, "q");
    f.tickAfter(GRACE.minusMillis(1));
    assertThat(f.offeredTo("c1")).isEmpty();
    assertThat(f.offeredTo("c2")).isEmpty();

    connect("b");

    assertThat(f.offeredTo("c1")).containsExactly("b");
    assertThat(f.agentState("b").presence()).isEqualTo(Presence.AVAILABLE);
    assertThat(f.offeredTo("c2")).as("a is still not connected").isEmpty();
  }

  @Test
  void restoredAgentsThatDoNotReconnectWithinTheGraceLeaveRouting() {
    restore(List.of(available("a")), List.of(), List.of(), Map.of());

    var events = f.tickAfter(GRACE);

    assertThat(events)
        .containsExactly(
            new RoutingEvent.AgentPresenceChanged(
                AgentId.of("a"),
                Presence.AVAILABLE,
                Presence.CONNECTION_LOST,
                Fixture.T0.plus(GRACE)));
    assertThat(f.engine.agent(AgentId.of("a"))).isEmpty();
  }

  @Test
  void aRebuildInTheSameProcessKeepsTheConnectionsItIsGiven() {
    restore(
        List.of(available("a")),
        List.of(stored("c1", ContactState.QUEUED, ARRIVED)),
        List.of(),
        Map.of(AgentId.of("a"), Set.of(ConnectionId.of("a-tab"))));

    assertThat(f.offeredTo("c1")).containsExactly("a");
    f.tickAfter(GRACE.multipliedBy(2));
    assertThat(f.agentState("a").presence()).isEqualTo(Presence.AVAILABLE);
    assertThat(f.engine.connections())
        .containsEntry(AgentId.of("a"), Set.of(ConnectionId.of("a-tab")));
  }

  @Test
  void aRestoredOfferRingsOnUntilItsOriginalDeadlineNotAFreshRingTime() {
    Instant deadline = Fixture.T0.plusSeconds(10); // offered 20 s before the restart
    var events =
        restore(
            List.of(available("a")),
            List.of(stored("c1", ContactState.OFFERED, ARRIVED)),
            List.of(ringing("c1", "a", deadline)),
            Map.of());
    assertThat(events).isEmpty();
    assertThat(f.state("c1")).isEqualTo(ContactState.OFFERED);
    assertThat(ringsAt("c1", "a")).isTrue();
    assertThat(f.engine.offerExpiry(ContactId.of("c1"), AgentId.of("a"))).contains(deadline);

    connect("a"); // within the grace: the offer is still there, with its deadline
    assertThat(f.engine.nextDeadline()).contains(deadline);
    assertThat(f.tickAfter(Duration.ofSeconds(10).minusMillis(1))).isEmpty();
    var timedOut = f.tickAfter(Duration.ofMillis(1));

    assertThat(timedOut)
        .contains(new RoutingEvent.OfferTimedOut(ContactId.of("c1"), AgentId.of("a"), deadline));
    assertThat(f.contact("c1").arrivedAt()).isEqualTo(ARRIVED);
  }

  @Test
  void aRestoredOfferCanBeAcceptedOnceTheAgentReconnects() {
    restore(
        List.of(available("a")),
        List.of(stored("c1", ContactState.OFFERED, ARRIVED)),
        List.of(ringing("c1", "a", Fixture.T0.plusSeconds(10))),
        Map.of());
    connect("a");

    f.accept("c1", "a");

    assertThat(f.state("c1")).isEqualTo(ContactState.ACTIVE);
  }

  @Test
  void anOfferWhoseDeadlinePassedWhileDownTimesOutAtOnceAndIsRoutedAgainWithItsAge() {
    Instant deadline = Fixture.T0.minusSeconds(3);
    var events =
        restore(
            List.of(available("a"), available("b")),
            List.of(
                stored("c1", ContactState.OFFERED, ARRIVED),
                stored("c2", ContactState.QUEUED, ARRIVED.plusSeconds(1))),
            List.of(ringing("c1", "a", deadline)),
            Map.of(AgentId.of("b"), Set.of(ConnectionId.of("b-tab"))));

    assertThat(events)
        .contains(new RoutingEvent.OfferTimedOut(ContactId.of("c1"), AgentId.of("a"), Fixture.T0));
    assertThat(ringsAt("c1", "a")).isFalse();
    assertThat(f.offeredTo("c1"))
        .as("the older contact first: its age is kept")
        .containsExactly("b");
    assertThat(f.engine.waiting(Q, VOICE)).containsExactly(ContactId.of("c2"));
  }

  @Test
  void anOfferToAnAgentThatIsNotRestoredWaitsAgain() {
    restore(
        List.of(),
        List.of(stored("c1", ContactState.OFFERED, ARRIVED)),
        List.of(ringing("c1", "gone", Fixture.T0.plusSeconds(10))),
        Map.of());

    assertThat(f.state("c1")).isEqualTo(ContactState.QUEUED);
    assertThat(f.engine.waiting(Q, VOICE)).containsExactly(ContactId.of("c1"));
  }

  @Test
  void aRestoredAgentTakenOfflineWithAContactInHandKeepsItAndStaysOut() {
    AgentSnapshot out =
        new AgentSnapshot(
            AgentProfile.of("a", Skills.NONE, Q), Presence.CONNECTION_LOST, ARRIVED, 0);
    Contact talking =
        Contact.builder(ContactId.of("c1"), VOICE, Q, ARRIVED)
            .state(ContactState.ACTIVE)
            .assignedAgent(AgentId.of("a"))
            .build();
    restore(List.of(out), List.of(talking), List.of(), Map.of());
    connect("a");
    f.arrive("c2", VOICE, "q");

    assertThat(f.agentState("a").workOn(ContactId.of("c1"))).isEqualTo(WorkState.ACTIVE);
    assertThat(f.offeredTo("c2")).isEmpty();
  }
}
