package dev.parley.load.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The set-up time run's flags. */
class CallSetupOptionsTest {

  @Test
  void defaultsMeasureTwentyVoiceCallsAfterTwoWarmUps() {
    CallSetupOptions o = CallSetupOptions.parse(new String[0]);

    assertThat(o.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080/"));
    assertThat(o.calls()).isEqualTo(20);
    assertThat(o.warmupCalls()).isEqualTo(2);
    assertThat(o.channel()).isEqualTo("VOICE");
    assertThat(o.pageOrigin()).isEqualTo("http://127.0.0.1:8080");
  }

  @Test
  void readsEveryFlag() {
    CallSetupOptions o =
        CallSetupOptions.parse(
            "--base-url http://127.0.0.1:8680 --calls 30 --warmup-calls 0 --channel VIDEO"
                .split(" "));

    assertThat(o)
        .extracting(
            CallSetupOptions::baseUrl,
            CallSetupOptions::calls,
            CallSetupOptions::warmupCalls,
            CallSetupOptions::channel)
        .containsExactly(URI.create("http://127.0.0.1:8680/"), 30, 0, "VIDEO");
    assertThat(o.pageOrigin()).isEqualTo("http://127.0.0.1:8680");
  }

  @Test
  void refusesOtherHostsChannelsAndFlags() {
    assertThatThrownBy(() -> CallSetupOptions.parse("--base-url http://localhost:8080/".split(" ")))
        .hasMessageContaining("must be on 127.0.0.1");
    assertThatThrownBy(() -> CallSetupOptions.parse("--base-url http://192.0.2.1/".split(" ")))
        .hasMessageContaining("refusing non-loopback host");
    assertThatThrownBy(() -> CallSetupOptions.parse("--channel CHAT".split(" ")))
        .hasMessageContaining("VOICE or VIDEO");
    assertThatThrownBy(() -> CallSetupOptions.parse("--calls 0".split(" ")))
        .hasMessageContaining("--calls must be 1..200");
    assertThatThrownBy(() -> CallSetupOptions.parse("--call 3".split(" ")))
        .hasMessageContaining("unknown flags [call]");
  }
}
