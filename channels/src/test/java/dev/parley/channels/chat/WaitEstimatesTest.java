package dev.parley.channels.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.api.id.QueueId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitEstimatesTest {

  private final ChatLimitsTest.MovingClock clock = new ChatLimitsTest.MovingClock();
  private final WaitEstimates estimates = new WaitEstimates(clock);
  private final QueueId queue = QueueId.of("Support");

  @Test
  void noEstimateBeforeTheQueueHasServedTwo() {
    assertThat(estimates.estimate(queue, 1)).isNull();
    estimates.accepted(queue);
    assertThat(estimates.estimate(queue, 1)).isNull();
  }

  @Test
  void theEstimateIsThePositionOverTheRecentRate() {
    for (int i = 0; i < 5; i++) {
      estimates.accepted(queue);
      clock.now = clock.now.plus(Duration.ofSeconds(30));
    }
    // 4 intervals of 30 s between 5 acceptances: one every 30 s
    assertThat(estimates.estimate(queue, 1)).isEqualTo(30);
    assertThat(estimates.estimate(queue, 3)).isEqualTo(90);
  }

  @Test
  void noEstimateWhenNobodyHasAnsweredForLong() {
    estimates.accepted(queue);
    clock.now = clock.now.plusSeconds(10);
    estimates.accepted(queue);
    clock.now = clock.now.plus(Duration.ofMinutes(20));

    assertThat(estimates.estimate(queue, 1)).isNull();
  }
}
