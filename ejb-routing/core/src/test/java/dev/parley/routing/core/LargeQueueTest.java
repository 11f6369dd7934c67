package dev.parley.routing.core;

import static dev.parley.routing.api.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.queue.SkillRequirement;
import dev.parley.routing.queue.Strategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Queues with many members: the explanation lists a bounded number of agents and counts the rest,
 * and picking the best agent without ranking everyone gives the same answer as a full ranking.
 */
class LargeQueueTest {

  @Test
  void anExplanationListsTheFirstAgentsAndCountsTheRestPerReason() {
    Fixture f = new Fixture();
    f.queue(Fixture.voiceQueue("q").requires(SkillRequirement.of("english", 5)).build());
    for (int i = 0; i < 60; i++) {
      f.agent(String.format("a%02d", i), Skills.of("english", i < 10 ? 2 : 7), "q");
      f.clock.advance(Duration.ofSeconds(1));
    }
    f.arrive("c1", VOICE, "q");

    assertThat(f.offeredTo("c1")).containsExactly("a10"); // idle longest among the skilled
    Decision d = f.engine.explain(ContactId.of("c1")).get(0);
    assertThat(d.passedOver()).hasSize(PassedOver.LISTED);
    assertThat(d.passedOver().subList(0, 10))
        .allSatisfy(v -> assertThat(v.reason()).isEqualTo(PassReason.SKILL_TOO_LOW));
    assertThat(d.passedOver().get(10).reason()).isEqualTo(PassReason.RANKED_LOWER_BY_STRATEGY);
    // 59 passed over: 10 too unskilled and 15 ranked lower are listed, 34 ranked lower counted.
    assertThat(d.detail()).endsWith("; 34 more passed over (RANKED_LOWER_BY_STRATEGY 34)");
  }

  @Test
  void aQueueWithAFewAgentsListsEveryoneAndAddsNoSummary() {
    Fixture f = new Fixture();
    f.queue(Fixture.voiceQueue("q").build());
    for (String id : List.of("a", "b", "c")) {
      f.agent(id, Skills.NONE, "q");
      f.clock.advance(Duration.ofSeconds(1));
    }
    f.arrive("c1", VOICE, "q");
    Decision d = f.engine.explain(ContactId.of("c1")).get(0);
    assertThat(d.passedOver()).hasSize(2);
    assertThat(d.detail()).doesNotContain("more passed over");
  }

  /** The bounded pick must be exactly the prefix of the full ranking, for every strategy. */
  @ParameterizedTest
  @EnumSource(
      value = Strategy.class,
      names = {"LONGEST_IDLE", "LINEAR", "LEAST_BUSY", "BEST_SKILL", "ROUND_ROBIN"})
  void boundedRankingIsThePrefixOfTheFullRanking(Strategy strategy) {
    SplittableRandom random = new SplittableRandom(42);
    Fixture f = new Fixture();
    f.queue(
        Fixture.voiceQueue("q")
            .strategy(strategy)
            .requires(SkillRequirement.of("english", 1), SkillRequirement.of("billing", 1))
            .build());
    for (int i = 0; i < 300; i++) {
      Skills skills =
          Skills.of("english", 1 + random.nextInt(10), "billing", 1 + random.nextInt(10));
      f.agent(
          AgentProfile.of(String.format("a%03d", random.nextInt(1000) * 1000 + i), skills)
              .withQueue(QueueId.of("q"), random.nextInt(3)));
      f.clock.advance(Duration.ofMillis(random.nextInt(5)));
    }
    // Some history, so idle times, handled counts and the round-robin position differ.
    for (int i = 0; i < 40; i++) {
      f.arrive("w" + i, VOICE, "q");
      f.handle("w" + i, f.offeredTo("w" + i).get(0));
      f.clock.advance(Duration.ofMillis(random.nextInt(50)));
    }
    EngineState s = f.engine.state();
    AgentPicker picker = new AgentPicker(s);
    var q = s.queue(QueueId.of("q"));
    List<dev.parley.routing.agent.Agent> all =
        new ArrayList<>(List.of(s.membersOf(q.id()).agents()));
    List<dev.parley.routing.agent.Agent> full = picker.rank(q, q.requirements(), all);
    for (int limit : new int[] {1, 2, 26, 70}) {
      assertThat(picker.rank(q, q.requirements(), all, limit))
          .as("top %d by %s", limit, strategy)
          .containsExactlyElementsOf(full.subList(0, limit));
    }
  }
}
