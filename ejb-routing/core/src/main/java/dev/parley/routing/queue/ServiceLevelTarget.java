package dev.parley.routing.queue;

import java.time.Duration;

/** "{@code fraction} of contacts answered within {@code threshold}", e.g. 80% in 20 s. */
public record ServiceLevelTarget(double fraction, Duration threshold) {
  public static final ServiceLevelTarget DEFAULT =
      new ServiceLevelTarget(0.8, Duration.ofSeconds(20));

  public ServiceLevelTarget {
    if (fraction < 0 || fraction > 1) {
      throw new IllegalArgumentException("service-level fraction must be 0..1, was " + fraction);
    }
    if (threshold == null || threshold.isNegative()) {
      throw new IllegalArgumentException("service-level threshold must not be negative");
    }
  }
}
