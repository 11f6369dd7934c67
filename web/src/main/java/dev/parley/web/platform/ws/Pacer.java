package dev.parley.web.platform.ws;

import java.util.concurrent.RejectedExecutionException;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@code action} after it was requested, at most once per {@code interval}, never twice at
 * once, and never on the requesting thread: a burst of requests becomes one run, and a request that
 * arrives during a run makes one more run after it. The first request after a quiet spell runs at
 * once; later ones wait until the interval since the last run's start is over. Thread-safe.
 *
 * <p>Used so that a live view read again on every change (e.g. a wallboard on routing's batches,
 * which may follow each other within milliseconds) is read and pushed a few times a second at most,
 * and the requesting thread (routing's single writer) only flips a flag.
 */
public final class Pacer {

  /** Where runs are scheduled (a managed scheduled executor in the server, a fake in tests). */
  @FunctionalInterface
  public interface Scheduler {
    /**
     * Runs {@code task} once after {@code delayMillis}.
     *
     * @throws RejectedExecutionException when it takes no more work (the server is stopping)
     */
    void schedule(Runnable task, long delayMillis);
  }

  private static final Logger LOG = Logger.getLogger(Pacer.class.getName());

  private final Scheduler scheduler;
  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Runnable action;

  /** A run was requested and has not started yet. */
  private boolean pending;

  private boolean running;
  private boolean ranBefore;
  private long lastStart;

  public Pacer(Scheduler scheduler, long intervalMillis, LongSupplier nanoTime, Runnable action) {
    if (intervalMillis < 0) {
      throw new IllegalArgumentException("interval must not be negative: " + intervalMillis);
    }
    this.scheduler = scheduler;
    this.intervalNanos = intervalMillis * 1_000_000L;
    this.nanoTime = nanoTime;
    this.action = action;
  }

  /** Asks for a run; returns at once. */
  public void request() {
    long delay;
    synchronized (this) {
      if (pending) {
        return; // a run is coming, and it will see whatever this request is about
      }
      pending = true;
      if (running) {
        return; // the run under way schedules the next one when it ends
      }
      delay = delayMillis();
    }
    schedule(delay);
  }

  private void run() {
    synchronized (this) {
      pending = false;
      running = true;
      ranBefore = true;
      lastStart = nanoTime.getAsLong();
    }
    long next = -1;
    try {
      action.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "event=pacer.run.failed", e);
    } finally {
      synchronized (this) {
        running = false;
        if (pending) {
          next = delayMillis();
        }
      }
    }
    if (next >= 0) {
      schedule(next);
    }
  }

  /** Until the interval since the last run's start is over (0 before the first run). */
  private long delayMillis() {
    if (!ranBefore) {
      return 0;
    }
    long left = intervalNanos - (nanoTime.getAsLong() - lastStart);
    return left <= 0 ? 0 : (left + 999_999) / 1_000_000;
  }

  private void schedule(long delayMillis) {
    try {
      scheduler.schedule(this::run, delayMillis);
    } catch (RejectedExecutionException e) {
      synchronized (this) {
        pending = false; // nobody will run it; a later request may try again
      }
      LOG.fine(() -> "event=pacer.rejected cause=" + e);
    }
  }
}
