package dev.parley.routing.core;

import static dev.parley.routing.api.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.agent.Skills;
import dev.parley.routing.agent.WorkState;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.contact.Contact;
import org.junit.jupiter.api.Test;

/** What the engine hands out is a snapshot: later commands do not change it. */
class SnapshotTest {
  private final Fixture f = new Fixture();

  SnapshotTest() {
    f.queue(Fixture.voiceQueue("q").build());
    f.agent("a", Skills.NONE, "q");
  }

  @Test
  void anAgentSnapshotKeepsWhatItSaidWhenTheAgentChanges() {
    Agent.Snapshot before = f.agentState("a");
    f.arrive("c1", VOICE, "q");
    f.presence("a", Presence.onBreak("lunch"));

    assertThat(before.presence()).isEqualTo(Presence.AVAILABLE);
    assertThat(before.work()).isEmpty();
    assertThat(before.load(VOICE)).isZero();
    assertThat(f.agentState("a").presence()).isEqualTo(Presence.onBreak("lunch"));
  }

  @Test
  void aContactSnapshotKeepsWhatItSaidWhenTheContactMoves() {
    f.presence("a", Presence.onBreak("lunch"));
    f.arrive("c1", VOICE, "q");
    Contact.Snapshot waiting = f.contact("c1");
    f.presence("a", Presence.AVAILABLE);
    f.accept("c1", "a");

    assertThat(waiting.state()).isEqualTo(ContactState.QUEUED);
    assertThat(waiting.assignedAgent()).isEmpty();
    assertThat(waiting.history()).noneMatch(t -> t.to() == ContactState.ACTIVE);
    Contact.Snapshot now = f.contact("c1");
    assertThat(now.state()).isEqualTo(ContactState.ACTIVE);
    assertThat(now.assignedAgent()).contains(AgentId.of("a"));
    assertThat(f.agentState("a").workOn(ContactId.of("c1"))).isEqualTo(WorkState.ACTIVE);
  }
}
