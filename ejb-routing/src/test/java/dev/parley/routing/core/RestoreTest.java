package dev.parley.routing.core;

import static dev.parley.routing.contact.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.AgentId;
import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.Presence;
import dev.parley.routing.agent.Skills;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.contact.ContactId;
import dev.parley.routing.contact.ContactState;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.QueueId;
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
        new AgentSnapshot(
            AgentProfile.of("a", Skills.NONE, Q), Presence.AVAILABLE, Fixture.T0, 0);
    f.engine.restore(
        List.of(Fixture.voiceQueue("q").build()),
        List.of(a),
        List.of(stored("talking", ContactState.ACTIVE, Fixture.T0, "a")));
    f.arrive("c2", VOICE, "q");

    assertThat(f.offeredTo("c2")).isEmpty();
    f.end("talking");
    assertThat(f.offeredTo("c2")).containsExactly("a");
  }
}
