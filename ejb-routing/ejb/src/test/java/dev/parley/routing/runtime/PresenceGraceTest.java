package dev.parley.routing.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The grace period setting is checked at start-up and a bad value names the setting. */
class PresenceGraceTest {

  @Test
  void wholeSecondsWithinRangeAreTheGrace() {
    assertThat(PresenceGrace.parse(PresenceGrace.DEFAULT)).isEqualTo(Duration.ofSeconds(30));
    assertThat(PresenceGrace.parse(" 3 ")).isEqualTo(Duration.ofSeconds(3));
    assertThat(PresenceGrace.parse("3600")).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aBadValueIsRefusedNamingTheSettingAndItsEnvironmentVariable() {
    for (String bad : new String[] {"0", "-5", "3601", "30s", "", "1.5"}) {
      assertThatThrownBy(() -> PresenceGrace.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("parley.presence.grace-seconds")
          .hasMessageContaining("PARLEY_PRESENCE_GRACE_SECONDS")
          .hasMessageContaining("1 to 3600 seconds");
    }
  }
}
