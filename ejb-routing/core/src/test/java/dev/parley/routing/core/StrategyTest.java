package dev.parley.routing.core;

import static dev.parley.routing.api.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.queue.SkillRequirement;
import dev.parley.routing.queue.Strategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 4: each agent-selection strategy. */
class StrategyTest {
  private final Fixture f = new Fixture();

  private void queue(Strategy s) {
    f.queue(Fixture.voiceQueue("q").strategy(s).requires().build());
  }

  /** Logs agents in one second apart, so the first is idle longest. */
  private void agents(String... ids) {
    for (String id : ids) {
      f.agent(id, Skills.NONE, "q");
      f.clock.advance(Duration.ofSeconds(1));
    }
  }

  @Test
  void longestIdleOffersToTheAgentIdleTheLongest() {
    queue(Strategy.LONGEST_IDLE);
    agents("b", "a", "c");
    f.arrive("c1", VOICE, "q");
    assertThat(f.offeredTo("c1")).containsExactly("b");
  }

  @Test
  void longestIdlePutsAgentPriorityFirst() {
    queue(Strategy.LONGEST_IDLE);
    agents("a");
    f.agent(AgentProfile.of("senior", Skills.NONE).withQueue(QueueId.of("q"), 5));
    f.arrive("c1", VOICE, "q");
    assertThat(f.offeredTo("c1")).containsExactly("senior");
  }

  @Test
  void anAgentWhoJustFinishedGoesBehindTheOthers() {
    queue(Strategy.LONGEST_IDLE);
    agents("a", "b");
    f.arrive("c1", VOICE, "q");
    f.handle("c1", "a");
    f.arrive("c2", VOICE, "q");
    assertThat(f.offeredTo("c2")).containsExactly("b");
  }

  @Test
  void roundRobinRemembersItsPosition() {
    queue(Strategy.ROUND_ROBIN);
    agents("a", "b", "c");
    List<String> order = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      f.arrive("c" + i, VOICE, "q");
      String agent = f.offeredTo("c" + i).get(0);
      order.add(agent);
      f.handle("c" + i, agent);
    }
    assertThat(order).containsExactly("a", "b", "c", "a");
  }

  @Test
  void randomIsDeterministicForTheSameSeedAndSpreadsOffers() {
    List<String> first = randomPicks(7);
    assertThat(randomPicks(7)).isEqualTo(first);
    assertThat(first).contains("a", "b", "c");
  }

  private static List<String> randomPicks(long seed) {
    Fixture h = new Fixture(RoutingSettings.DEFAULT, seed);
    h.queue(Fixture.voiceQueue("q").strategy(Strategy.RANDOM).build());
    for (String id : List.of("a", "b", "c")) {
      h.agent(id, Skills.NONE, "q");
    }
    List<String> picks = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      h.arrive("c" + i, VOICE, "q");
      String agent = h.offeredTo("c" + i).get(0);
      picks.add(agent);
      h.handle("c" + i, agent);
    }
    return picks;
  }

  @Test
  void leastBusyPrefersFewestHandledTodayOverLongestIdle() {
    queue(Strategy.LEAST_BUSY);
    agents("a", "b");
    f.arrive("c1", VOICE, "q");
    f.handle("c1", "a");
    f.arrive("c2", VOICE, "q");
    f.handle("c2", "b");
    f.arrive("c3", VOICE, "q");
    f.handle("c3", "a");
    // a handled 2, b 1. Make a the longest idle: b takes a break and comes back later.
    f.presence("b", dev.parley.routing.api.Presence.onBreak("coffee"));
    f.clock.advance(Duration.ofSeconds(1));
    f.presence("b", dev.parley.routing.api.Presence.AVAILABLE);
    assertThat(f.agentState("a").idleSince()).isBefore(f.agentState("b").idleSince());
    f.arrive("c4", VOICE, "q");
    assertThat(f.offeredTo("c4")).containsExactly("b");
  }

  @Test
  void linearAlwaysHuntsFromTheTop() {
    queue(Strategy.LINEAR);
    agents("c", "b", "a");
    f.arrive("c1", VOICE, "q");
    f.handle("c1", "a");
    f.arrive("c2", VOICE, "q");
    assertThat(f.offeredTo("c1")).containsExactly("a");
    assertThat(f.offeredTo("c2")).containsExactly("a");
  }

  @Test
  void bestSkillOffersToTheHighestLevel() {
    f.queue(
        Fixture.voiceQueue("q")
            .strategy(Strategy.BEST_SKILL)
            .requires(SkillRequirement.of("billing", 2))
            .build());
    f.agent("ok", Skills.of("billing", 4), "q");
    f.agent("expert", Skills.of("billing", 9), "q");
    f.arrive("c1", VOICE, "q");
    assertThat(f.offeredTo("c1")).containsExactly("expert");
  }

  @Test
  void ringAllOffersToEveryEligibleAgentAndWithdrawsTheOthersOnAccept() {
    queue(Strategy.RING_ALL);
    agents("a", "b", "c");
    f.arrive("c1", VOICE, "q");
    assertThat(f.offeredTo("c1")).containsExactlyInAnyOrder("a", "b", "c");

    var events = f.accept("c1", "b");

    assertThat(events)
        .filteredOn(e -> e instanceof RoutingEvent.OfferWithdrawn)
        .extracting(e -> ((RoutingEvent.OfferWithdrawn) e).agent().value())
        .containsExactlyInAnyOrder("a", "c");
    assertThat(f.state("c1")).isEqualTo(ContactState.ACTIVE);
    assertThat(f.agentState("a").hasWork()).isFalse();
    Fixture.assertRefused(f.accept("c1", "a"), "no open offer");
  }
}
