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
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Presence follows the agent's connections (ADR 0013) on the virtual clock, with a 5 s grace
 * period: only connected agents are offered work; an agent whose last connection has been gone
 * longer than the grace leaves routing, its ringing offers go to others with their age kept, and
 * what it accepted stays with it; a reload within the grace changes nothing.
 */
class ConnectionPresenceTest {
  private static final Duration GRACE = Duration.ofSeconds(5);
  private static final Duration RING = Duration.ofSeconds(30);
  private static final QueueId Q = QueueId.of("q");

  private final Fixture f =
      new Fixture(RoutingSettings.DEFAULT.withAgingPerSecond(0).withConnectionGrace(GRACE));

  ConnectionPresenceTest() {
    f.queue(Fixture.voiceQueue("q").offerTimeout(RING).build());
  }

  private void connect(String agent, String connection) {
    f.apply(new Command.AgentConnected(AgentId.of(agent), ConnectionId.of(connection)));
  }

  private List<RoutingEvent> disconnect(String agent, String connection) {
    return f.apply(new Command.AgentDisconnected(AgentId.of(agent), ConnectionId.of(connection)));
  }

  /** Logs {@code agent} in AVAILABLE with one connection {@code agent + "-tab"}. */
  private void connectedAgent(String agent) {
    connect(agent, agent + "-tab");
    f.agent(agent, Skills.NONE, "q");
  }

  private boolean ringsAt(String contact, String agent) {
    return f.engine
        .agent(AgentId.of(agent))
        .map(a -> a.workOn(ContactId.of(contact)) == WorkState.OFFERED)
        .orElse(false);
  }

  @Test
  void aReloadWithinTheGraceKeepsTheAgentItsPresenceAndItsRingingOffer() {
    connectedAgent("a");
    f.arrive("c1", VOICE, "q");
    assertThat(ringsAt("c1", "a")).isTrue();

    assertThat(disconnect("a", "a-tab")).isEmpty();
    f.tickAfter(GRACE.minusMillis(1));
    connect("a", "a-tab-2");
    var later = f.tickAfter(GRACE.multipliedBy(3));

    assertThat(later).isEmpty();
    assertThat(f.agentState("a").presence()).isEqualTo(Presence.AVAILABLE);
    assertThat(ringsAt("c1", "a")).isTrue();
    assertThat(f.events).noneMatch(e -> e instanceof RoutingEvent.OfferWithdrawn);
  }

  @Test
  void pastTheGraceTheAgentLeavesRoutingAndItsOfferGoesToAnotherAgentWithItsAgeKept() {
    connectedAgent("a");
    connect("b", "b-tab");
    f.apply(
        new Command.AgentLoggedIn(AgentProfile.of("b", Skills.NONE, Q), Presence.onBreak("lunch")));
    f.arrive("c1", VOICE, "q");
    f.clock.advance(Duration.ofSeconds(1));
    f.arrive("c2", VOICE, "q"); // newer: waits, a's only voice slot rings with c1
    assertThat(f.offeredTo("c1")).containsExactly("a");

    disconnect("a", "a-tab");
    assertThat(f.tickAfter(GRACE.minusMillis(1))).isEmpty();
    var gone = f.tickAfter(Duration.ofMillis(1));

    assertThat(gone)
        .contains(
            new RoutingEvent.AgentPresenceChanged(
                AgentId.of("a"),
                Presence.AVAILABLE,
                Presence.CONNECTION_LOST,
                Fixture.T0.plusSeconds(1).plus(GRACE)),
            new RoutingEvent.OfferWithdrawn(
                ContactId.of("c1"), AgentId.of("a"), "connection lost"));
    assertThat(f.engine.agent(AgentId.of("a"))).as("a left routing").isEmpty();
    assertThat(f.engine.waiting(Q, VOICE))
        .as("c1 keeps its age")
        .containsExactly(ContactId.of("c1"), ContactId.of("c2"));
    assertThat(f.contact("c1").arrivedAt()).isEqualTo(Fixture.T0);

    f.presence("b", Presence.AVAILABLE);

    assertThat(f.offeredTo("c1")).containsExactly("a", "b");
  }

  @Test
  void whileNoConnectionIsLiveNothingNewIsOfferedAndAReconnectTakesWhatWaits() {
    connectedAgent("a");
    disconnect("a", "a-tab");

    f.arrive("c1", VOICE, "q");
    Decision waiting = f.engine.explain(ContactId.of("c1")).get(0);
    connect("a", "a-tab-2");

    assertThat(waiting.verdictFor(AgentId.of("a")).orElseThrow().reason())
        .isEqualTo(PassReason.NOT_CONNECTED);
    assertThat(f.offeredTo("c1")).containsExactly("a");
  }

  @Test
  void onlyTheLastOfSeveralConnectionsStartsTheGrace() {
    connectedAgent("a");
    connect("a", "a-second-tab");
    disconnect("a", "a-tab");
    f.tickAfter(GRACE.multipliedBy(2));
    f.arrive("c1", VOICE, "q");
    assertThat(f.offeredTo("c1")).containsExactly("a");

    disconnect("a", "a-second-tab");
    f.tickAfter(GRACE);

    assertThat(f.engine.agent(AgentId.of("a"))).isEmpty();
    assertThat(f.state("c1")).isEqualTo(ContactState.QUEUED);
  }

  @Test
  void theGraceRestartsWithEveryLossOfTheLastConnection() {
    connectedAgent("a");
    disconnect("a", "a-tab");
    f.tickAfter(Duration.ofSeconds(3));
    connect("a", "a-tab-2");
    f.tickAfter(Duration.ofSeconds(1));
    disconnect("a", "a-tab-2"); // at 4 s: the first grace (to 5 s) no longer counts

    f.tickAfter(Duration.ofSeconds(4)); // 8 s
    assertThat(f.engine.agent(AgentId.of("a"))).isPresent();
    f.tickAfter(Duration.ofSeconds(1)); // 9 s = 4 s + grace
    assertThat(f.engine.agent(AgentId.of("a"))).isEmpty();
  }

  @Test
  void anAgentWhoLogsInWithoutAConnectionIsOfferedNothingAndLeavesAfterTheGrace() {
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    assertThat(f.offeredTo("c1")).isEmpty();

    f.tickAfter(GRACE);

    assertThat(f.engine.agent(AgentId.of("a"))).isEmpty();
    assertThat(f.events)
        .contains(
            new RoutingEvent.AgentPresenceChanged(
                AgentId.of("a"),
                Presence.AVAILABLE,
                Presence.CONNECTION_LOST,
                Fixture.T0.plus(GRACE)));
  }

  @Test
  void contactsTheAgentAcceptedStayWithItAndItLeavesWithTheLastOne() {
    connectedAgent("a");
    f.arrive("c1", VOICE, "q");
    f.accept("c1", "a");

    disconnect("a", "a-tab");
    f.tickAfter(GRACE);

    assertThat(f.agentState("a").presence()).isEqualTo(Presence.CONNECTION_LOST);
    assertThat(f.agentState("a").workOn(ContactId.of("c1"))).isEqualTo(WorkState.ACTIVE);
    assertThat(f.contact("c1").assignedAgent()).contains(AgentId.of("a"));
    f.arrive("c2", VOICE, "q");
    f.end("c1");
    f.wrapUp("c1", null);
    assertThat(f.state("c1")).isEqualTo(ContactState.CLOSED);
    assertThat(f.engine.agent(AgentId.of("a"))).as("left with its last contact").isEmpty();
    assertThat(f.offeredTo("c2")).isEmpty();
  }

  @Test
  void anAgentCannotChooseAnOfflineReasonOnlyRoutingSetsOne() {
    connectedAgent("a");
    Fixture.assertRefused(f.presence("a", Presence.CONNECTION_LOST), "set by the engine");
  }

  @Test
  void loggingOutEndsTheGraceAndALaterLogInStartsAfresh() {
    connectedAgent("a");
    disconnect("a", "a-tab");
    f.presence("a", Presence.OFFLINE);
    f.tickAfter(Duration.ofSeconds(4));
    connect("a", "a-tab-2");
    f.agent("a", Skills.NONE, "q");

    f.tickAfter(GRACE.multipliedBy(2));

    assertThat(f.agentState("a").presence()).isEqualTo(Presence.AVAILABLE);
  }

  @Test
  void withoutAGraceSettingConnectionsDoNotMatter() {
    Fixture g = new Fixture();
    g.queue(Fixture.voiceQueue("q").build());
    g.agent("a", Skills.NONE, "q");
    g.apply(new Command.AgentConnected(AgentId.of("a"), ConnectionId.of("t")));
    g.apply(new Command.AgentDisconnected(AgentId.of("a"), ConnectionId.of("t")));
    g.tickAfter(Duration.ofHours(1));

    g.arrive("c1", VOICE, "q");

    assertThat(g.offeredTo("c1")).containsExactly("a");
  }
}
