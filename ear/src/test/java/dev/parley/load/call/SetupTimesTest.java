package dev.parley.load.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Median and p95 of the set-up times, as the benchmark reports them. */
class SetupTimesTest {

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
    assertThat(SetupTimes.of(40, 10, 30, 20).median()).isEqualTo(25.0);
    assertThat(SetupTimes.of(3, 1, 2).median()).isEqualTo(2.0);
  }

  @Test
  void theP95OfTwentyCallsIsTheNineteenthSmallest() {
    double[] ms = IntStream.rangeClosed(1, 20).mapToDouble(i -> 100 + i).toArray();

    SetupTimes times = SetupTimes.of(ms);

    assertThat(times.percentile(95)).isEqualTo(119.0);
    assertThat(times.median()).isEqualTo(110.5);
    assertThat(times.summary()).isEqualTo("101.0 / 110.5 / 119.0 / 120.0");
  }

  @Test
  void nothingMeasuredHasNoValues() {
    assertThat(SetupTimes.of().median()).isNaN();
    assertThat(SetupTimes.of().percentile(95)).isNaN();
    assertThat(SetupTimes.of().count()).isZero();
  }
}
