package dev.parley.platform.persistence;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets writers that committed at about the same time share one flush of the store. A flush covers
 * every commit made before it started, so a writer waits for the first flush that starts after its
 * call (its commit is done by then) instead of running one of its own: under load one {@code
 * CHECKPOINT} serves every writer that queued behind the running one. A failed flush is thrown to
 * the writer that ran it; the others it would have covered try again (one of them runs the next).
 */
final class SharedFlush {
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition finished = lock.newCondition();

  /** Calls so far; each call's ticket. */
  private long requested;

  /** Every ticket up to this one is flushed. */
  private long completed;

  private boolean running;

  /** Returns once a flush that started after this call has completed. */
  void flush(Runnable checkpoint) {
    lock.lock();
    try {
      long ticket = ++requested;
      while (completed < ticket) {
        if (running) {
          finished.awaitUninterruptibly();
          continue;
        }
        running = true;
        long covering = requested; // committed before this flush starts
        RuntimeException failure = null;
        lock.unlock();
        try {
          checkpoint.run();
        } catch (RuntimeException e) {
          failure = e;
        } finally {
          lock.lock();
        }
        running = false;
        if (failure == null) {
          completed = Math.max(completed, covering);
        }
        finished.signalAll();
        if (failure != null) {
          throw failure;
        }
      }
    } finally {
      lock.unlock();
    }
  }
}
