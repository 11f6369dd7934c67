package dev.parley.routing.core;

import static dev.parley.routing.api.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.queue.SkillRequirement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rule 9: every decision can be explained. */
class ExplanationTest {
  private final Fixture f = new Fixture();

  @Test
  void explainsWhoWasConsideredWhyEachWasPassedOverAndWhen() {
    f.queue(Fixture.voiceQueue("q").requires(SkillRequirement.of("french", 4)).build());
    f.agent("away", Skills.of("french", 9), "q");
    f.presence("away", Presence.onBreak("lunch"));
    f.agent("weak", Skills.of("french", 2), "q");
    f.agent("idle-long", Skills.of("french", 5), "q");
    f.clock.advance(Duration.ofSeconds(5));
    f.agent("idle-short", Skills.of("french", 5), "q");
    f.clock.advance(Duration.ofSeconds(5));

    f.arrive("c1", VOICE, "q");

    Decision d = f.engine.explain(ContactId.of("c1")).get(0);
    assertThat(d.at()).isEqualTo(Fixture.T0.plusSeconds(10));
    assertThat(d.rule()).isEqualTo(DecisionRule.STRATEGY);
    assertThat(d.detail()).contains("LONGEST_IDLE");
    assertThat(d.chosenAgent()).contains(AgentId.of("idle-long"));
    assertThat(d.passedOver())
        .extracting(v -> v.agent().value() + ":" + v.reason())
        .containsExactlyInAnyOrder(
            "away:NOT_AVAILABLE", "weak:SKILL_TOO_LOW", "idle-short:RANKED_LOWER_BY_STRATEGY");
  }

  @Test
  void explainsAContactThatLostAnAgentToAHigherPriorityContact() {
    f.queue(Fixture.voiceQueue("low").build())
        .queue(Fixture.voiceQueue("vip").priority(100).build());
    f.agent("a", Skills.NONE, "low", "vip");
    f.presence("a", Presence.onBreak("x"));
    f.arrive("c-low", VOICE, "low");
    f.arrive("c-vip", VOICE, "vip");

    f.presence("a", Presence.AVAILABLE);

    var decisions = f.engine.explain(ContactId.of("c-low"));
    Verdict v = decisions.get(decisions.size() - 1).verdictFor(AgentId.of("a")).orElseThrow();
    assertThat(v.reason()).isEqualTo(PassReason.LOST_TO_HIGHER_PRIORITY);
    assertThat(v.detail()).contains("c-vip");
    assertThat(f.engine.explain(ContactId.of("c-vip")).get(1).rule())
        .isEqualTo(DecisionRule.AGENT_FREED);
  }

  @Test
  void explainsWaitingWhenNobodyIsEligible() {
    f.queue(Fixture.voiceQueue("q").build());
    f.arrive("c1", VOICE, "q");
    Decision d = f.engine.explain(ContactId.of("c1")).get(0);
    assertThat(d.rule()).isEqualTo(DecisionRule.WAITING);
    assertThat(d.chosenAgent()).isEmpty();
  }

  @Test
  void keepsABoundedNumberOfDecisionsPerContact() {
    RoutingSettings few =
        new RoutingSettings(RoutingSettings.DEFAULT.channelWeights(), 1.0, 0, 10_000, 3, 8);
    Fixture g = new Fixture(few);
    g.queue(Fixture.voiceQueue("q").build());
    g.agent("a", Skills.NONE, "q");
    g.arrive("c1", VOICE, "q");
    for (int i = 0; i < 5; i++) {
      g.reject("c1", "a");
    }
    assertThat(g.engine.explain(ContactId.of("c1"))).hasSize(3);
  }
}
