package dev.parley.routing.core;

import static dev.parley.routing.api.Channel.CHAT;
import static dev.parley.routing.api.Channel.EMAIL;
import static dev.parley.routing.api.Channel.VIDEO;
import static dev.parley.routing.api.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.Capacity;
import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.RelaxationStep;
import dev.parley.routing.queue.SkillRequirement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rule 2: presence, current skill requirement, capacity, exclusivity of calls. */
class EligibilityTest {
  private final Fixture f = new Fixture();

  private Verdict lastVerdict(String contact, String agent) {
    var decisions = f.engine.explain(ContactId.of(contact));
    return decisions.get(decisions.size() - 1).verdictFor(AgentId.of(agent)).orElseThrow();
  }

  @Test
  void doesNotOfferToAnAgentOnBreak() {
    f.queue(Fixture.voiceQueue("q").build()).agent("a", Skills.NONE, "q");
    f.presence("a", Presence.onBreak("lunch"));
    f.arrive("c1", VOICE, "q");

    assertThat(f.offeredTo("c1")).isEmpty();
    assertThat(lastVerdict("c1", "a").reason()).isEqualTo(PassReason.NOT_AVAILABLE);
    assertThat(lastVerdict("c1", "a").detail()).contains("BREAK(lunch)");
  }

  @Test
  void skipsAnAgentWhoseSkillIsBelowTheQueueMinimum() {
    f.queue(Fixture.voiceQueue("q").requires(SkillRequirement.of("spanish", 5)).build());
    f.agent("low", Skills.of("spanish", 3), "q").agent("high", Skills.of("spanish", 6), "q");

    f.arrive("c1", VOICE, "q");

    assertThat(f.offeredTo("c1")).containsExactly("high");
    Verdict v =
        f.engine.explain(ContactId.of("c1")).get(0).verdictFor(AgentId.of("low")).orElseThrow();
    assertThat(v.reason()).isEqualTo(PassReason.SKILL_TOO_LOW);
    assertThat(v.detail()).isEqualTo("skill spanish: has 3, needs 5");
  }

  @Test
  void offersToALowerSkilledAgentOnceTheRequirementRelaxes() {
    f.queue(
        Fixture.voiceQueue("q")
            .requires(SkillRequirement.of("spanish", 5))
            .relaxation(
                RelaxationStep.after(Duration.ofSeconds(30), SkillRequirement.of("spanish", 2)))
            .build());
    f.agent("low", Skills.of("spanish", 3), "q");
    f.arrive("c1", VOICE, "q");
    assertThat(f.offeredTo("c1")).isEmpty();

    f.tickAfter(Duration.ofSeconds(29));
    assertThat(f.offeredTo("c1")).isEmpty();
    f.tickAfter(Duration.ofSeconds(1));

    assertThat(f.offeredTo("c1")).containsExactly("low");
    Decision d = f.engine.explain(ContactId.of("c1")).get(1);
    assertThat(d.rule()).isEqualTo(DecisionRule.RELAXATION_STEP);
    assertThat(d.relaxationStep()).isEqualTo(1);
  }

  @Test
  void aLiveCallIsExclusive() {
    acceptedThenArrives("call", VOICE, "chat", CHAT);

    assertThat(f.offeredTo("chat")).isEmpty();
    assertThat(lastVerdict("chat", "a").reason()).isEqualTo(PassReason.BUSY_ON_CALL);
  }

  @Test
  void aRingingCallAlsoBlocksOtherOffers() {
    f.queue(QueueConfig.builder("q", VIDEO, CHAT).build()).agent("a", Skills.NONE, "q");
    f.arrive("video", VIDEO, "q");
    f.arrive("chat", CHAT, "q");

    assertThat(f.offeredTo("chat")).isEmpty();
  }

  @Test
  void chatUsesItsCapacityOfThreeThenStops() {
    f.queue(QueueConfig.builder("q", CHAT).build()).agent("a", Skills.NONE, "q");
    for (int i = 1; i <= 4; i++) {
      f.arrive("chat" + i, CHAT, "q");
    }

    assertThat(f.agentState("a").load(CHAT)).isEqualTo(3);
    assertThat(f.offeredTo("chat4")).isEmpty();
    assertThat(lastVerdict("chat4", "a").reason()).isEqualTo(PassReason.NO_CAPACITY);
    assertThat(lastVerdict("chat4", "a").detail()).contains("3/3");
  }

  @Test
  void emailWorkIsInterruptedByACall() {
    acceptedThenArrives("mail", EMAIL, "call", VOICE);

    assertThat(f.offeredTo("call")).containsExactly("a");
  }

  @Test
  void chatIsNotInterruptedByACallUnlessConfigured() {
    acceptedThenArrives("chat", CHAT, "call", VOICE);

    assertThat(f.offeredTo("call")).isEmpty();
    assertThat(lastVerdict("call", "a").reason()).isEqualTo(PassReason.BUSY_ON_CHAT);
  }

  @Test
  void chatIsInterruptedByACallWhenConfigured() {
    f.queue(QueueConfig.builder("q", VOICE, CHAT).build());
    f.agent(
        AgentProfile.of("a", Skills.NONE)
            .withCapacity(Capacity.DEFAULT.withChatInterruptibleByCall(true))
            .withQueue(QueueId.of("q"), 0));
    f.arrive("chat", CHAT, "q");
    f.accept("chat", "a");
    f.arrive("call", VOICE, "q");

    assertThat(f.offeredTo("call")).containsExactly("a");
  }

  @Test
  void anAgentOnlyGetsContactsOfQueuesItServes() {
    f.queue(Fixture.voiceQueue("q").build()).queue(Fixture.voiceQueue("other").build());
    f.agent("a", Skills.NONE, "other");
    f.arrive("c1", VOICE, "q");

    assertThat(f.offeredTo("c1")).isEmpty();
  }

  /**
   * Agent a, in a queue serving both channels, has accepted {@code first}; then {@code next}
   * arrives.
   */
  private void acceptedThenArrives(
      String first, Channel firstChannel, String next, Channel nextChannel) {
    f.queue(QueueConfig.builder("q", firstChannel, nextChannel).build())
        .agent("a", Skills.NONE, "q");
    f.arrive(first, firstChannel, "q");
    f.accept(first, "a");
    f.arrive(next, nextChannel, "q");
  }
}
