package dev.parley.routing.service.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.AgentId;
import dev.parley.routing.core.Decision;
import dev.parley.routing.core.DecisionRule;
import dev.parley.routing.core.PassReason;
import dev.parley.routing.core.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DecisionDescriptionTest {

  @Test
  void namesEveryPassedOverAgentInASmallQueue() {
    String line = EventRecorder.describe(decision(3));

    assertThat(line).startsWith("STRATEGY").contains("a-0 NO_CAPACITY", "a-2 NO_CAPACITY").doesNotContain("more");
  }

  @Test
  void aThousandAgentQueueStillFitsTheHistoryColumn() {
    String line = EventRecorder.describe(decision(1_000));

    assertThat(line).hasSizeLessThanOrEqualTo(EventRecorder.MAX_DETAIL).contains("a-19 ").doesNotContain("a-20 ").contains("and 980 more");
  }

  private static Decision decision(int passedOver) {
    List<Verdict> verdicts =
        IntStream.range(0, passedOver)
            .mapToObj(i -> new Verdict(AgentId.of("a-" + i), PassReason.NO_CAPACITY, "chat 3/3 in use by a long-running conversation"))
            .toList();
    return new Decision(Instant.EPOCH, DecisionRule.STRATEGY, "LONGEST_IDLE", 0, AgentId.of("chosen"), verdicts);
  }
}
