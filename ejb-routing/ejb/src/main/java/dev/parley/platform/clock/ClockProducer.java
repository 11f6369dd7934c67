package dev.parley.platform.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Produces the wall clock in UTC and the monotonic {@link Ticker}; nothing in Parley calls {@code
 * Instant.now()} or measures intervals with {@code System.nanoTime()} directly.
 */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }

  @Produces
  @ApplicationScoped
  Ticker ticker() {
    return Ticker.SYSTEM;
  }
}
