package dev.parley.routing.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Explanations print priorities with one decimal, as String.format("%.1f") did before. */
class PriorityFormatTest {
  @Test
  void printsOneDecimalLikeStringFormat() {
    for (double x : new double[] {0, 0.04, 0.05, 412.35, 1234.96, 12_345_678.9, -3.25, -0.04}) {
      assertThat(Router.oneDecimal(x))
          .as("%s", x)
          .isEqualTo(String.format(Locale.ROOT, "%.1f", x).replace("-0.0", "0.0"));
    }
  }
}
