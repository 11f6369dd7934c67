package dev.parley.platform.clock;

import java.util.concurrent.locks.LockSupport;

/**
 * Monotonic time for measuring intervals and waiting, injected like the wall {@link
 * java.time.Clock} so that tests can drive it. The wall clock is for timestamps; it can step, so
 * intervals are measured here.
 */
public interface Ticker {

  /** Nanoseconds from an arbitrary origin, never going back. */
  long nanoTime();

  /** Waits up to {@code nanos}, or less when the thread is unparked or interrupted. */
  void parkNanos(Object blocker, long nanos);

  /** The JVM's monotonic clock and real waiting. */
  Ticker SYSTEM =
      new Ticker() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void parkNanos(Object blocker, long nanos) {
          LockSupport.parkNanos(blocker, nanos);
        }
      };
}
