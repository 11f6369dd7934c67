package dev.parley.routing.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.core.Decision;
import dev.parley.routing.core.DecisionRule;
import dev.parley.routing.core.PassReason;
import dev.parley.routing.core.Verdict;
import dev.parley.routing.store.jdbc.HistoryBatch;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DecisionDescriptionTest {

  @Test
  void namesEveryPassedOverAgentInASmallQueue() {
    String line = EventRecorder.describe(decision(3));

    assertThat(line)
        .isEqualTo(
            "STRATEGY: LONGEST_IDLE | passed over: NO_CAPACITY (chat 3/3 in use by a long-running conversation): a-0, a-1, a-2");
  }

  @Test
  void groupsAgentsByVerdictInTheOrderTheyWerePassedOver() {
    List<Verdict> verdicts =
        List.of(
            new Verdict(AgentId.of("x"), PassReason.NO_CAPACITY, "CHAT 3/3 in use"),
            new Verdict(AgentId.of("y"), PassReason.SKILL_TOO_LOW, "billing 2 < 5"),
            new Verdict(AgentId.of("z"), PassReason.NO_CAPACITY, "CHAT 3/3 in use"),
            new Verdict(AgentId.of("w"), PassReason.NOT_AVAILABLE, null));
    String line =
        EventRecorder.describe(
            new Decision(
                Instant.EPOCH, DecisionRule.STRATEGY, null, 2, AgentId.of("chosen"), verdicts));

    assertThat(line)
        .isEqualTo(
            "STRATEGY [relaxation step 2] | passed over: NO_CAPACITY (CHAT 3/3 in use): x, z;"
                + " SKILL_TOO_LOW (billing 2 < 5): y; NOT_AVAILABLE: w");
  }

  @Test
  void aThousandAgentQueueStillFitsTheHistoryColumn() {
    String line = EventRecorder.describe(decision(1_000));

    assertThat(line)
        .hasSizeLessThanOrEqualTo(HistoryBatch.MAX_DETAIL)
        .contains(", a-19;")
        .doesNotContain("a-20")
        .endsWith("; and 980 more");
  }

  private static Decision decision(int passedOver) {
    List<Verdict> verdicts =
        IntStream.range(0, passedOver)
            .mapToObj(
                i ->
                    new Verdict(
                        AgentId.of("a-" + i),
                        PassReason.NO_CAPACITY,
                        "chat 3/3 in use by a long-running conversation"))
            .toList();
    return new Decision(
        Instant.EPOCH, DecisionRule.STRATEGY, "LONGEST_IDLE", 0, AgentId.of("chosen"), verdicts);
  }
}
