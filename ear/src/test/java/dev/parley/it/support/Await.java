package dev.parley.it.support;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a bound: the only way tests wait. */
public final class Await {
  private Await() {}

  /** Returns as soon as {@code condition} holds; false when {@code bound} passed first. */
  public static boolean until(Duration bound, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(bound);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        return false;
      }
      LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
    }
    return true;
  }
}
