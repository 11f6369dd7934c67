package dev.parley.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EstimateTest {
  @Test
  void batchMeansGivesTheMeanAndAStudentTInterval() {
    Estimate e = Estimate.batchMeans(new double[] {1, 2, 3, 4, 5});

    assertThat(e.value()).isEqualTo(3.0);
    // s = sqrt(2.5), t(4) = 2.776, half-width = t * s / sqrt(5)
    assertThat(e.halfWidth95()).isCloseTo(2.776 * Math.sqrt(2.5 / 5), within(1e-9));
  }

  @Test
  void controlVariateRemovesTheNoiseTheControlExplains() {
    SplittableRandom r = new SplittableRandom(3);
    int n = 30;
    double[] y = new double[n];
    double[] x = new double[n];
    for (int b = 0; b < n; b++) {
      x[b] = 100 + 10 * r.nextGaussian(); // known mean 100
      y[b] = 50 - 0.5 * (x[b] - 100) + 0.1 * r.nextGaussian();
    }

    Estimate plain = Estimate.batchMeans(y);
    Estimate controlled = Estimate.controlled(y, new double[][] {x}, new double[] {100});

    assertThat(controlled.value()).isCloseTo(50, within(3 * controlled.halfWidth95()));
    assertThat(controlled.halfWidth95()).isLessThan(plain.halfWidth95() / 10);
  }

  @Test
  void controlVariateWithAnUnrelatedControlKeepsTheMean() {
    SplittableRandom r = new SplittableRandom(4);
    int n = 30;
    double[] y = new double[n];
    double[] x = new double[n];
    for (int b = 0; b < n; b++) {
      x[b] = r.nextGaussian();
      y[b] = 7 + r.nextGaussian();
    }

    Estimate plain = Estimate.batchMeans(y);
    Estimate controlled = Estimate.controlled(y, new double[][] {x}, new double[] {0});

    assertThat(controlled.value()).isCloseTo(plain.value(), within(plain.halfWidth95()));
    assertThat(controlled.halfWidth95())
        .isBetween(0.8 * plain.halfWidth95(), 1.3 * plain.halfWidth95());
  }

  @Test
  void controlsThatNeverVaryGiveNoEstimate() {
    double[] y = {1, 2, 3, 4, 5, 6};
    double[] x = {0, 0, 0, 0, 0, 0};

    Estimate e = Estimate.controlled(y, new double[][] {x, x}, new double[] {0, 0});

    assertThat(e.value()).isNaN();
    assertThat(e.halfWidth95()).isNaN();
  }
}
