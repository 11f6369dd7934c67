package dev.parley.routing.core;

import static dev.parley.routing.api.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.queue.SkillRequirement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rule 7: blind transfers, transfer to an agent, expert consults and warm transfer. */
class TransferTest {
  private final Fixture f = new Fixture();

  TransferTest() {
    f.queue(Fixture.voiceQueue("sales").build()).queue(Fixture.voiceQueue("billing").build());
    f.agent("seller", Skills.NONE, "sales");
    f.arrive("c1", VOICE, "sales");
    f.accept("c1", "seller");
  }

  private java.util.List<RoutingEvent> consult(String id, ExpertTarget target) {
    return f.apply(new Command.ConsultExpert(ContactId.of(id), ContactId.of("c1"), target));
  }

  @Test
  void aBlindTransferQueuesTheContactInTheTargetQueueWithItsAgeKept() {
    f.presence("seller", Presence.AVAILABLE);
    f.clock.advance(Duration.ofMinutes(3));
    f.apply(new Command.TransferToQueue(ContactId.of("c1"), QueueId.of("billing")));

    assertThat(f.state("c1")).isEqualTo(ContactState.QUEUED);
    assertThat(f.contact("c1").queue()).isEqualTo(QueueId.of("billing"));
    assertThat(f.contact("c1").arrivedAt()).isEqualTo(Fixture.T0);
    assertThat(f.agentState("seller").hasWork()).isFalse();

    f.agent("biller", Skills.NONE, "billing");
    assertThat(f.offeredTo("c1")).containsExactly("seller", "biller");
  }

  @Test
  void aTransferToAnAgentOffersTheContactToThatAgent() {
    f.agent("boss", Skills.NONE);
    f.apply(new Command.TransferToAgent(ContactId.of("c1"), AgentId.of("boss")));

    assertThat(f.offeredTo("c1")).containsExactly("seller", "boss");
    f.accept("c1", "boss");
    assertThat(f.contact("c1").assignedAgent()).contains(AgentId.of("boss"));
    assertThat(f.agentState("seller").hasWork()).isFalse();
  }

  @Test
  void refusesATransferToAnAgentWhoCannotTakeIt() {
    f.agent("boss", Skills.NONE);
    f.presence("boss", Presence.onBreak("meeting"));
    var events = f.apply(new Command.TransferToAgent(ContactId.of("c1"), AgentId.of("boss")));

    Fixture.assertRefused(events, "NOT_AVAILABLE");
    assertThat(f.contact("c1").assignedAgent()).contains(AgentId.of("seller"));
  }

  @Test
  void aConsultBySkillGoesToAnAgentWithTheSkillAndCountsAgainstItsCapacity() {
    f.agent("novice", Skills.of("tax", 2));
    f.agent("taxpert", Skills.of("tax", 8));
    consult("k1", new ExpertTarget.BySkill(SkillRequirement.of("tax", 5)));

    assertThat(f.offeredTo("k1")).containsExactly("taxpert");
    f.accept("k1", "taxpert");
    assertThat(f.contact("k1").parent()).contains(ContactId.of("c1"));
    assertThat(f.contact("c1").participants()).containsExactly(AgentId.of("taxpert"));
    assertThat(f.agentState("taxpert").load(Channel.VOICE)).isEqualTo(1);

    f.arrive("c2", VOICE, "billing");
    f.agent(
        dev.parley.routing.agent.AgentProfile.of("x", Skills.NONE)
            .withQueue(QueueId.of("billing"), 0));
    assertThat(f.offeredTo("c2")).containsExactly("x"); // taxpert is busy with the consult
  }

  @Test
  void aConsultIsServedBeforeOrdinaryContactsWhenAnExpertFreesUp() {
    f.agent(
        dev.parley.routing.agent.AgentProfile.of("e", Skills.of("tax", 9))
            .withQueue(QueueId.of("billing"), 0));
    f.arrive("c2", VOICE, "billing");
    f.accept("c2", "e");
    f.arrive("c3", VOICE, "billing"); // waits
    consult("k1", new ExpertTarget.BySkill(SkillRequirement.of("tax", 5)));
    assertThat(f.offeredTo("k1")).isEmpty();

    f.end("c2");

    assertThat(f.offeredTo("k1")).containsExactly("e");
    assertThat(f.offeredTo("c3")).isEmpty();
  }

  @Test
  void aConsultToANamedColleagueGoesOnlyToThem() {
    f.agent("ann", Skills.NONE);
    f.agent("bob", Skills.NONE);
    consult("k1", new ExpertTarget.Named(AgentId.of("bob")));
    assertThat(f.offeredTo("k1")).containsExactly("bob");
  }

  @Test
  void aWarmTransferHandsTheContactToTheConsultedExpert() {
    f.agent("bob", Skills.NONE);
    consult("k1", new ExpertTarget.Named(AgentId.of("bob")));
    f.accept("k1", "bob");

    var events = f.apply(new Command.WarmTransfer(ContactId.of("c1"), ContactId.of("k1")));

    assertThat(events)
        .anySatisfy(e -> assertThat(e).isInstanceOf(RoutingEvent.ContactTransferred.class));
    assertThat(f.contact("c1").assignedAgent()).contains(AgentId.of("bob"));
    assertThat(f.state("k1")).isEqualTo(ContactState.CLOSED);
    assertThat(f.agentState("seller").hasWork()).isFalse();
    assertThat(f.agentState("bob").load(Channel.VOICE)).isEqualTo(1);
  }

  @Test
  void endingAConsultClosesItsSegmentAndFreesTheExpert() {
    f.agent("bob", Skills.NONE);
    consult("k1", new ExpertTarget.Named(AgentId.of("bob")));
    f.accept("k1", "bob");
    f.end("k1");
    assertThat(f.state("k1")).isEqualTo(ContactState.CLOSED);
    assertThat(f.agentState("bob").hasWork()).isFalse();
    assertThat(f.state("c1")).isEqualTo(ContactState.ACTIVE);
  }

  @Test
  void refusesATransferOfAContactThatIsNotActive() {
    f.arrive("c2", VOICE, "billing");
    var events = f.apply(new Command.TransferToQueue(ContactId.of("c2"), QueueId.of("sales")));
    Fixture.assertRefused(events, "only an ACTIVE contact moves on");
  }
}
