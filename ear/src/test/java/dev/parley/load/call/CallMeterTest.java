package dev.parley.load.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which step a measurement belongs to, and when a step holds: nothing failed or refused, something
 * relayed, the relay p99 within the bound.
 */
class CallMeterTest {
  private static final long S = 1_000_000_000L;
  private static final long MS = 1_000_000L;

  @Test
  void aRelayCountsInTheStepItWasSentInOnceItsWarmUpIsOver() {
    CallMeter meter = new CallMeter();
    CallStep first = new CallStep(10, 100 * S, 5 * S, 30 * S);
    CallStep second = new CallStep(20, 130 * S, 5 * S, 30 * S);
    meter.add(first);
    meter.add(second);

    meter.ice(102 * S, 102 * S + 3 * MS); // first step's warm-up
    meter.ice(110 * S, 110 * S + 4 * MS);
    meter.sdp(129 * S, 131 * S); // sent in the first step, arrived in the second
    meter.ice(140 * S, 140 * S + 7 * MS);
    meter.ice(170 * S, 170 * S + 1 * MS); // after the last step
    meter.sdp(Long.MIN_VALUE, 150 * S); // no send time

    assertThat(first.iceRelay.count()).isEqualTo(1);
    assertThat(first.sdpRelay.count()).isEqualTo(1);
    assertThat(first.relay().maxMs()).isEqualTo(2000.0);
    assertThat(second.iceRelay.stats().ms(50)).isEqualTo(7.0);
    assertThat(second.sdpRelay.count()).isZero();
    assertThat(meter.stepAt(99 * S)).isNull();
    assertThat(meter.stepAt(130 * S)).isSameAs(second);
  }

  @Test
  void aStepHoldsWhenEverythingWentThroughWithinTheBound() {
    assertThat(CallStep.Verdict.of(0, 0, 1200, 12.5, 100))
        .isEqualTo(new CallStep.Verdict(true, false, "ok"));
  }

  @Test
  void aStepFailsOnAFailedCallAProblemNothingRelayedOrASlowP99() {
    assertThat(CallStep.Verdict.of(2, 0, 1200, 12.5, 100).reason()).isEqualTo("2 calls failed");
    assertThat(CallStep.Verdict.of(0, 1, 1200, 12.5, 100).reason()).isEqualTo("1 problems");
    assertThat(CallStep.Verdict.of(0, 0, 0, 0, 100).holds()).isFalse();
    assertThat(CallStep.Verdict.of(0, 0, 1200, 180.25, 100))
        .isEqualTo(new CallStep.Verdict(false, true, "relay p99 180.3 ms > 100 ms"));
    assertThat(CallStep.Verdict.of(0, 1, 1200, 180.25, 100).latencyOnly()).isFalse();
  }

  @Test
  void problemsAndOutcomesCountOverTheWholeStep() {
    CallMeter meter = new CallMeter();
    long now = System.nanoTime();
    CallStep step = new CallStep(10, now - S, 10 * S, 60 * S);
    meter.add(step);

    meter.problem("agent_error", "NOT_IN_CALL");
    meter.ended(now, false);
    meter.ended(now, true);
    meter.started(now);

    assertThat(step.problems()).containsEntry("agent_error", 1);
    assertThat(step.failed.get()).isEqualTo(1);
    assertThat(step.completed.get()).isEqualTo(1);
    assertThat(step.started.get()).isEqualTo(1);
    assertThat(step.verdict(100).holds()).isFalse();
    assertThat(meter.details()).containsExactly("agent_error: NOT_IN_CALL");
  }
}
