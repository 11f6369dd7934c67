package dev.parley.routing.core;

import static dev.parley.routing.api.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.customer.StickyAgentMemory;
import dev.parley.routing.queue.QueueConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** State is rebuildable after a restart: waiting contacts keep their age and order. */
class RestoreTest {
  private static final QueueId Q = QueueId.of("q");

  private static Contact stored(String id, ContactState state, Instant arrived, String agent) {
    return Contact.builder(ContactId.of(id), VOICE, Q, arrived)
        .state(state)
        .assignedAgent(agent == null ? null : AgentId.of(agent))
        .build();
  }

  @Test
  void requeuesQueuedAndOfferedContactsInArrivalOrderAndRoutesThem() {
    Fixture f = new Fixture();
    QueueConfig q = Fixture.voiceQueue("q").build();
    Instant t = Fixture.T0.minus(Duration.ofMinutes(5));
    AgentSnapshot a =
        new AgentSnapshot(AgentProfile.of("a", Skills.NONE, Q), Presence.AVAILABLE, t, 4);

    f.engine.restore(
        List.of(q),
        List.of(a),
        List.of(
            stored("newer", ContactState.QUEUED, t.plusSeconds(30), null),
            stored("older", ContactState.OFFERED, t, null)));

    assertThat(f.engine.contact(ContactId.of("older")).orElseThrow().state())
        .isEqualTo(ContactState.OFFERED);
    assertThat(f.engine.waiting(Q, VOICE)).containsExactly(ContactId.of("newer"));
    assertThat(f.engine.contact(ContactId.of("older")).orElseThrow().arrivedAt()).isEqualTo(t);
  }

  @Test
  void activeContactsTakeTheirAgentsSlotAgain() {
    Fixture f = new Fixture();
    AgentSnapshot a =
        new AgentSnapshot(AgentProfile.of("a", Skills.NONE, Q), Presence.AVAILABLE, Fixture.T0, 0);
    f.engine.restore(
        List.of(Fixture.voiceQueue("q").build()),
        List.of(a),
        List.of(stored("talking", ContactState.ACTIVE, Fixture.T0, "a")));
    f.arrive("c2", VOICE, "q");

    assertThat(f.offeredTo("c2")).isEmpty();
    f.end("talking");
    assertThat(f.offeredTo("c2")).containsExactly("a");
  }

  @Test
  void whoServedACustomerIsRememberedAcrossTheRestart() {
    Fixture f = new Fixture();
    QueueConfig q = Fixture.voiceQueue("q").stickyWindow(Duration.ofHours(1)).build();
    Instant t = Fixture.T0.minus(Duration.ofMinutes(30));
    AgentSnapshot a =
        new AgentSnapshot(AgentProfile.of("a", Skills.NONE, Q), Presence.AVAILABLE, t, 0);
    AgentSnapshot b =
        new AgentSnapshot(
            AgentProfile.of("b", Skills.NONE, Q), Presence.AVAILABLE, t.plusSeconds(60), 1);

    f.engine.restore(
        List.of(q),
        List.of(a, b),
        List.of(),
        List.of(
            new StickyAgentMemory.Served(
                CustomerId.of("+15550100"), AgentId.of("b"), t.plusSeconds(10)),
            new StickyAgentMemory.Served(
                CustomerId.of("old@example.com"), AgentId.of("b"), t.minus(Duration.ofHours(2)))));
    f.apply(Command.ContactArrived.inbound("back", VOICE, "q").identifiedAs("+15550100"));
    f.apply(Command.ContactArrived.inbound("too-late", VOICE, "q").identifiedAs("old@example.com"));

    assertThat(f.offeredTo("back"))
        .containsExactly("b"); // a is idle longer: only the memory says b
    assertThat(f.offeredTo("too-late")).containsExactly("a"); // served before the window
  }
}
