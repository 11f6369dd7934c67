package dev.parley.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void aValueInRangeIsKept() {
    assertThat(Settings.require("parley.routing.commit-interval-ms", 0, 0, 1_000)).isZero();
    assertThat(Settings.require("parley.routing.commit-interval-ms", 1_000, 0, 1_000))
        .isEqualTo(1_000);
  }

  @Test
  void aValueOutOfRangeNamesTheSettingItsVariableAndTheRange() {
    assertThatThrownBy(() -> Settings.require("parley.routing.commit-interval-ms", 1_001, 0, 1_000))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "setting parley.routing.commit-interval-ms (environment PARLEY_ROUTING_COMMIT_INTERVAL_MS)"
                + " must be between 0 and 1000, not 1001");
    assertThatThrownBy(() -> Settings.require("parley.routing.max-queued", 0, 1, 1_000_000))
        .hasMessageContaining("PARLEY_ROUTING_MAX_QUEUED");
  }
}
