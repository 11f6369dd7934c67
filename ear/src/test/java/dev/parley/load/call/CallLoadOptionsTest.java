package dev.parley.load.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The signaling load run's flags: defaults, rising steps, bounds, loopback only. */
class CallLoadOptionsTest {

  @Test
  void defaultsRampFromTwentyFiveToTwoHundredCallsOnAsManyAgents() {
    CallLoadOptions o = CallLoadOptions.parse(new String[0]);

    assertThat(o.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080/"));
    assertThat(o.steps()).containsExactly(25, 50, 100, 200);
    assertThat(o.agents()).isEqualTo(200);
    assertThat(o.maxRelayP99Millis()).isEqualTo(200);
    assertThat(o.repeats()).isEqualTo(1);
    assertThat(o.stepSeconds()).isEqualTo(30);
    assertThat(o.origin()).isEqualTo("http://load.example");
    assertThat(o.serverPid()).isZero();
  }

  @Test
  void readsEveryFlag() {
    CallLoadOptions o =
        CallLoadOptions.parse(
            ("--base-url http://localhost:8680 --steps 5,10 --step-seconds 20 --warmup-seconds 4"
                    + " --talk-ms 800 --hold-ms 200 --candidates 3 --sdp-bytes 500"
                    + " --max-relay-p99-ms 50 --repeats 0 --ramp-per-second 7 --server-pid 42"
                    + " --origin http://o.example")
                .split(" "));

    assertThat(o.baseUrl()).isEqualTo(URI.create("http://localhost:8680/"));
    assertThat(o.steps()).containsExactly(5, 10);
    assertThat(o)
        .extracting(
            CallLoadOptions::stepSeconds,
            CallLoadOptions::warmupSeconds,
            CallLoadOptions::talkMillis,
            CallLoadOptions::holdMillis,
            CallLoadOptions::candidates,
            CallLoadOptions::sdpBytes,
            CallLoadOptions::maxRelayP99Millis,
            CallLoadOptions::repeats,
            CallLoadOptions::rampPerSecond,
            CallLoadOptions::serverPid,
            CallLoadOptions::origin)
        .containsExactly(20, 4, 800, 200, 3, 500, 50, 0, 7, 42L, "http://o.example");
    assertThat(o.agents()).isEqualTo(10);
  }

  @Test
  void stepsMustRiseAndStayBounded() {
    assertThatThrownBy(() -> CallLoadOptions.parse("--steps 10,10".split(" ")))
        .hasMessageContaining("--steps must rise");
    assertThatThrownBy(() -> CallLoadOptions.parse("--steps 0,5".split(" ")))
        .hasMessageContaining("1..2000");
    assertThatThrownBy(() -> CallLoadOptions.parse("--steps 5,x".split(" ")))
        .hasMessageContaining("whole numbers");
  }

  @Test
  void refusesAWarmUpAsLongAsTheStepAndUnknownOrMalformedFlags() {
    assertThatThrownBy(
            () -> CallLoadOptions.parse("--step-seconds 10 --warmup-seconds 10".split(" ")))
        .hasMessageContaining("must be shorter than --step-seconds");
    assertThatThrownBy(() -> CallLoadOptions.parse("--candidates 51".split(" ")))
        .hasMessageContaining("--candidates must be 1..50");
    assertThatThrownBy(() -> CallLoadOptions.parse("--step 5".split(" ")))
        .hasMessageContaining("unknown flags [step]");
    assertThatThrownBy(() -> CallLoadOptions.parse("--steps".split(" ")))
        .hasMessageContaining("expected --flag value pairs");
  }

  @Test
  void talksToTheLoopbackInterfaceOnly() {
    assertThatThrownBy(() -> CallLoadOptions.parse("--base-url http://192.0.2.1:8080/".split(" ")))
        .hasMessageContaining("refusing non-loopback host");
  }
}
