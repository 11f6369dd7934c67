package dev.parley.routing.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.LiveStatus;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.PresenceStatus;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.core.Command;
import dev.parley.routing.core.RoutingEngine;
import dev.parley.routing.queue.QueueConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's part of the wallboard ({@link LiveStatusReader#board}) on a real engine: one agent
 * on a call, one on break, one logged out and one routing took out, while a chat and a call wait.
 */
class LiveStatusReaderTest {

  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  private final MovableClock clock = new MovableClock();
  private final RoutingEngine engine = new RoutingEngine(clock);
  private final LiveStatusReader reader = new LiveStatusReader();
  private final LiveRows rows =
      new LiveRows(
          List.of(
              new LiveRows.QueueRow("billing", 0.8, 20), new LiveRows.QueueRow("sales", 0.9, 30)),
          List.of("ann", "bob", "cid", "dan"),
          Map.of("dan", new LiveRows.Offline("connection lost", T0.minusSeconds(600))));

  @BeforeEach
  void onACallWhileAChatAndACallWait() {
    reader.clock = clock;
    apply(
        new Command.ConfigureQueue(
            QueueConfig.builder("billing", Channel.VOICE, Channel.CHAT)
                .wrapUpTime(Duration.ofSeconds(120))
                .build()));
    apply(new Command.ConfigureQueue(QueueConfig.builder("sales", Channel.EMAIL).build()));
    login("ann", Presence.AVAILABLE);
    login("bob", Presence.onBreak("Lunch"));
    apply(Command.ContactArrived.inbound("c-1", Channel.VOICE, "billing").from("+3312345"));
    clock.now = T0.plusSeconds(5);
    apply(new Command.OfferAccepted(ContactId.of("c-1"), AgentId.of("ann")));
    clock.now = T0.plusSeconds(10);
    apply(Command.ContactArrived.inbound("c-2", Channel.CHAT, "billing").from("visitor-7"));
    clock.now = T0.plusSeconds(20);
    apply(Command.ContactArrived.inbound("c-3", Channel.VOICE, "billing").from("+3399999"));
    clock.now = T0.plusSeconds(60);
  }

  @Test
  void queuesCountWaitingContactsPerChannelAndTheirAgents() {
    LiveStatus.Board board = reader.board(engine, rows);

    assertThat(board.at()).isEqualTo(T0.plusSeconds(60));
    LiveStatus.QueueStatus billing = board.queues().get(0);
    assertThat(billing.queue()).isEqualTo("billing");
    assertThat(billing.waiting()).isEqualTo(2);
    assertThat(billing.oldestWaitingSince()).isEqualTo(T0.plusSeconds(10));
    assertThat(billing.longestWaitSeconds()).isEqualTo(50);
    assertThat(billing.channels())
        .containsExactly(
            new LiveStatus.ChannelWaiting(Channel.VOICE, 1, T0.plusSeconds(20)),
            new LiveStatus.ChannelWaiting(Channel.CHAT, 1, T0.plusSeconds(10)));
    assertThat(billing.serviceLevelTarget()).isEqualTo(0.8);
    assertThat(billing.serviceLevelSeconds()).isEqualTo(20);
    assertThat(List.of(billing.agentsAvailable(), billing.agentsBusy(), billing.agentsOnBreak()))
        .containsExactly(0, 1, 1);
    LiveStatus.QueueStatus sales = board.queues().get(1);
    assertThat(sales.waiting()).isZero();
    assertThat(sales.oldestWaitingSince()).isNull();
    assertThat(sales.channels())
        .containsExactly(new LiveStatus.ChannelWaiting(Channel.EMAIL, 0, null));
  }

  @Test
  void agentsShowPresenceSinceWhenAndWhatTheyHold() {
    List<LiveStatus.AgentStatus> agents = reader.board(engine, rows).agents();

    assertThat(agents)
        .extracting(LiveStatus.AgentStatus::username)
        .containsExactly("ann", "bob", "cid", "dan");
    LiveStatus.AgentStatus ann = agents.get(0);
    assertThat(ann.presence()).isEqualTo(PresenceStatus.AVAILABLE);
    assertThat(ann.presenceSince()).isEqualTo(T0);
    assertThat(ann.contacts())
        .containsExactly(
            new LiveStatus.Work(
                "c-1",
                ContactState.ACTIVE,
                Channel.VOICE,
                "billing",
                "+3312345",
                null,
                T0.plusSeconds(5),
                "c-1"));
    LiveStatus.AgentStatus bob = agents.get(1);
    assertThat(bob.presence()).isEqualTo(PresenceStatus.BREAK);
    assertThat(bob.breakReason()).isEqualTo("Lunch");
    assertThat(bob.presenceSince()).isEqualTo(T0);
    assertThat(agents.get(2))
        .isEqualTo(
            new LiveStatus.AgentStatus(
                "cid", PresenceStatus.OFFLINE, null, null, false, List.of(), null));
    assertThat(agents.get(3).offlineReason()).isEqualTo("connection lost");
    assertThat(agents.get(3).presenceSince()).isEqualTo(T0.minusSeconds(600));
  }

  @Test
  void liveCallsAreTheCustomersCallsAgentsTalkOn() {
    assertThat(reader.board(engine, rows).calls())
        .containsExactly(
            new LiveStatus.LiveCall(
                "c-1", Channel.VOICE, "billing", "ann", "+3312345", null, T0.plusSeconds(5)));
  }

  @Test
  void aCallInWrapUpIsNoLongerLive() {
    apply(new Command.ContactEnded(ContactId.of("c-1")));

    LiveStatus.Board board = reader.board(engine, rows);

    assertThat(board.calls()).isEmpty();
    LiveStatus.Work call =
        board.agents().get(0).contacts().stream()
            .filter(w -> w.contactId().equals("c-1"))
            .findFirst()
            .orElseThrow();
    assertThat(call.state()).isEqualTo(ContactState.WRAP_UP);
    assertThat(call.since()).isEqualTo(T0.plusSeconds(60));
  }

  private void login(String agent, Presence presence) {
    apply(
        new Command.AgentLoggedIn(
            AgentProfile.of(agent, Skills.NONE).withQueue(QueueId.of("billing"), 0), presence));
  }

  private void apply(Command c) {
    engine.apply(c);
  }

  /** A clock the test sets by hand. */
  private static final class MovableClock extends Clock {
    Instant now = T0;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
