package dev.parley.channels.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.routing.api.id.VisitorId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ChatLimitsTest {

  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-12-04T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aVisitorMaySendABurstThenAtTheSteadyRate() {
    MovingClock clock = new MovingClock();
    ChatLimits limits = new ChatLimits(2, 5, 3, clock);
    VisitorId v = VisitorId.of("a");

    for (int i = 0; i < 5; i++) {
      assertThat(limits.tryMessage(v)).as("message %d of the burst", i).isTrue();
    }
    assertThat(limits.tryMessage(v)).isFalse();

    clock.now = clock.now.plus(Duration.ofMillis(500));
    assertThat(limits.tryMessage(v)).isTrue();
    assertThat(limits.tryMessage(v)).isFalse();
  }

  @Test
  void visitorsHaveAllowancesOfTheirOwn() {
    ChatLimits limits = new ChatLimits(1, 1, 3, new MovingClock());

    assertThat(limits.tryMessage(VisitorId.of("a"))).isTrue();
    assertThat(limits.tryMessage(VisitorId.of("a"))).isFalse();
    assertThat(limits.tryMessage(VisitorId.of("b"))).isTrue();
  }

  @Test
  void aSettingOutOfRangeNamesItselfAndItsEnvironmentVariable() {
    assertThatThrownBy(() -> new ChatLimits(0, 5, 3, new MovingClock()))
        .hasMessageContaining("parley.chat.messages-per-second")
        .hasMessageContaining("PARLEY_CHAT_MESSAGES_PER_SECOND");
  }
}
