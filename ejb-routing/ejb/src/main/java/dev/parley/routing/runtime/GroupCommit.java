package dev.parley.routing.runtime;

import dev.parley.platform.clock.Ticker;
import dev.parley.routing.api.RoutingRefusedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One writer, many callers, one transaction per batch (group commit). A caller queues its operation
 * and tries the writer lock; whoever holds the lock runs everything queued so far, up to {@code
 * maxBatch} operations, through the {@link BatchRunner} (which wraps them in one transaction), and
 * each caller returns only after the batch it was in has run. Callers that arrive while a batch is
 * being stored form the next batch, so commits are shared without a thread of its own: the calling
 * threads do the work.
 *
 * <p>Outcomes: an operation's result or {@link RoutingRefusedException} goes to its own caller and
 * the batch goes on; any other exception fails the whole batch — every caller in it gets that
 * exception (its transaction rolled back) and {@code onFailure} is told. At most {@code maxQueued}
 * callers may wait for the lock; one more, or one that waited {@code maxWaitMillis} without its
 * batch starting, is refused at once as {@link RoutingRefusedException.Kind#BUSY} and its operation
 * never runs.
 *
 * <p>Commit interval: a batch starts no sooner than {@code minIntervalNanos} after the one before
 * it started. A caller arriving when the writer has been quiet that long runs at once; under load
 * the runner waits out the rest of the interval while more operations queue, so the store sees at
 * most one commit per interval however many callers there are (each commit has a fixed cost: an H2
 * chunk of tens of kilobytes, a PostgreSQL WAL flush). Zero turns it off. See
 * docs/adr/0010-commit-interval-and-h2-flush.md.
 *
 * <p>No container types: the runtime plugs in the transaction; tests use plain threads.
 */
final class GroupCommit {

  /** Runs {@code batch} (all of it, in order) inside one transaction; throws to roll it back. */
  interface BatchRunner {
    void run(Runnable batch);
  }

  private static final class Pending {
    final Supplier<?> op;

    /** Parked while it waits; the runner unparks it when its outcome is known. */
    final Thread caller = Thread.currentThread();

    Object result;
    RuntimeException error;

    /** Set by the runner after the batch ended; result and error are final from then on. */
    volatile boolean done;

    Pending(Supplier<?> op) {
      this.op = op;
    }
  }

  private final int maxQueued;
  private final int maxBatch;
  private final long maxWaitMillis;
  private final long minIntervalNanos;
  private final BatchRunner runner;
  private final Consumer<RuntimeException> onFailure;

  /**
   * Held by the caller running batches. Only ever tried, never waited for: a caller waits parked
   * for its own outcome, so when a batch ends its callers all return at once instead of passing a
   * lock from one to the next, and the next batch can start straight away.
   */
  private final ReentrantLock writer = new ReentrantLock();

  private final ConcurrentLinkedQueue<Pending> inbox = new ConcurrentLinkedQueue<>();
  private final AtomicInteger waiting = new AtomicInteger();

  /** Where time comes from (injected: tests drive it). */
  private final Ticker ticker;

  private int lastBatchSize;

  /**
   * {@link Ticker#nanoTime()} when the last batch started (one interval back at first, so the first
   * batch does not wait); only read and written by the runner.
   */
  private long lastBatchStart;

  GroupCommit(
      Ticker ticker,
      int maxQueued,
      int maxBatch,
      long maxWaitMillis,
      long minIntervalNanos,
      BatchRunner runner,
      Consumer<RuntimeException> onFailure) {
    if (maxQueued < 1 || maxBatch < 1 || maxWaitMillis < 1) {
      throw new IllegalArgumentException("maxQueued, maxBatch and maxWaitMillis must be positive");
    }
    if (minIntervalNanos < 0 || minIntervalNanos >= TimeUnit.MILLISECONDS.toNanos(maxWaitMillis)) {
      throw new IllegalArgumentException(
          "minIntervalNanos must be at least 0 and shorter than maxWaitMillis");
    }
    this.ticker = ticker;
    this.maxQueued = maxQueued;
    this.maxBatch = maxBatch;
    this.maxWaitMillis = maxWaitMillis;
    this.minIntervalNanos = minIntervalNanos;
    this.lastBatchStart = ticker.nanoTime() - minIntervalNanos;
    this.runner = runner;
    this.onFailure = onFailure;
  }

  /**
   * Runs {@code op} in the next batch and returns its result once that batch has run.
   *
   * <p>The caller queues its operation, then either becomes the runner (the writer is free) or
   * parks until the runner tells it its outcome — or, when the runner leaves with work still
   * queued, wakes the oldest waiting caller to take over. A caller whose operation no batch has
   * taken after {@code maxWaitMillis} takes it back out and is refused.
   *
   * @throws RoutingRefusedException BUSY when too many callers wait or no batch took the operation
   *     in time (then {@code op} did not run); otherwise whatever {@code op} or its batch threw
   */
  @SuppressWarnings("unchecked")
  <T> T submit(Supplier<T> op) {
    if (waiting.incrementAndGet() > maxQueued) {
      waiting.decrementAndGet();
      throw busy("routing is busy (" + maxQueued + " requests waiting); retry shortly");
    }
    Pending p = new Pending(op);
    inbox.add(p);
    long deadline = ticker.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
    boolean isWaiting = true;
    boolean taken = false; // a batch has taken p: wait for its outcome however long it takes
    boolean interrupted = false;
    try {
      while (!p.done) {
        if (writer.tryLock()) {
          waiting.decrementAndGet();
          isWaiting = false;
          try {
            while (!p.done) {
              runQueued();
            }
          } finally {
            writer.unlock();
          }
          // Whoever queued after the last batch began must not wait for a runner that left.
          Pending next = inbox.peek();
          if (next != null) {
            LockSupport.unpark(next.caller);
          }
          break;
        }
        if (taken) {
          LockSupport.park(this);
        } else {
          long left = deadline - ticker.nanoTime();
          if (left <= 0 || interrupted) {
            if (inbox.remove(p)) {
              throw busy(
                  interrupted
                      ? "interrupted while waiting for routing"
                      : "routing did not get to this request within "
                          + maxWaitMillis
                          + " ms; retry");
            }
            taken = true;
            continue;
          }
          ticker.parkNanos(this, left);
        }
        interrupted |= Thread.interrupted();
      }
    } finally {
      if (isWaiting) {
        waiting.decrementAndGet();
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    if (p.error != null) {
      throw p.error;
    }
    return (T) p.result;
  }

  /** Callers queued and waiting for the writer lock right now (for tests and monitoring). */
  int waitingCallers() {
    return waiting.get();
  }

  /** Size of the last batch run (for logs and tests). */
  int lastBatchSize() {
    return lastBatchSize;
  }

  /** Runs up to {@code maxBatch} queued operations as one batch; holds the writer lock. */
  private void runQueued() {
    waitOutInterval();
    List<Pending> batch = new ArrayList<>();
    Pending next;
    while (batch.size() < maxBatch && (next = inbox.poll()) != null) {
      batch.add(next);
    }
    if (batch.isEmpty()) {
      return;
    }
    lastBatchSize = batch.size();
    lastBatchStart = ticker.nanoTime();
    try {
      runner.run(
          () -> {
            for (Pending p : batch) {
              try {
                p.result = p.op.get();
              } catch (RoutingRefusedException e) {
                p.error = e; // a refusal answers its caller; the batch goes on
              }
            }
          });
    } catch (RuntimeException e) {
      for (Pending p : batch) {
        // The batch rolled back: nothing any of them did is stored.
        p.result = null;
        p.error = e;
      }
      onFailure.accept(e);
      answer(batch);
      return;
    }
    answer(batch); // only now: a result is final once its batch has committed
  }

  /**
   * Parks the runner until {@code minIntervalNanos} have passed since the last batch started;
   * callers keep queueing meanwhile. Returns at once after a quiet spell, or when interrupted (the
   * flag stays set for the caller).
   */
  private void waitOutInterval() {
    long until = lastBatchStart + minIntervalNanos;
    long left;
    while ((left = until - ticker.nanoTime()) > 0 && !Thread.currentThread().isInterrupted()) {
      ticker.parkNanos(this, left);
    }
  }

  /** Tells each caller of a finished batch its outcome and wakes it. */
  private static void answer(List<Pending> batch) {
    for (Pending p : batch) {
      p.done = true;
      LockSupport.unpark(p.caller);
    }
  }

  private static RoutingRefusedException busy(String message) {
    return new RoutingRefusedException(RoutingRefusedException.Kind.BUSY, message);
  }
}
