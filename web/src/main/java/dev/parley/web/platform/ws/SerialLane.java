package dev.parley.web.platform.ws;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@code action} for every item offered, one at a time and in the order offered, on threads of
 * {@code executor} — without ever blocking or running the action on the offering thread (unless the
 * executor refuses work, e.g. while the server shuts down). At most one drain task exists at a
 * time; it runs until the queue is empty or it has handled {@link #MAX_PER_TASK} items, then
 * submits its successor. Thread-safe.
 *
 * <p>Used so that routing's single writer hands its notifications over and goes on with the next
 * batch, instead of writing every frame (JSON and socket writes) itself.
 */
public final class SerialLane<T> {

  private static final Logger LOG = Logger.getLogger(SerialLane.class.getName());

  /** Items one task handles before it hands the lane to a fresh task. */
  static final int MAX_PER_TASK = 4096;

  private final Executor executor;
  private final Consumer<T> action;
  private final Queue<T> pending = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();

  public SerialLane(Executor executor, Consumer<T> action) {
    this.executor = executor;
    this.action = action;
  }

  public void offer(T item) {
    pending.add(item);
    if (draining.compareAndSet(false, true)) {
      resubmit(); // if the executor refuses (no threads to hand over to), delivers here
    }
  }

  private void drain() {
    int done = 0;
    do {
      for (T item = pending.poll(); item != null; item = pending.poll()) {
        try {
          action.accept(item);
        } catch (RuntimeException e) {
          // One failed item must not stop the lane.
          LOG.log(Level.WARNING, "event=lane.item.failed item=" + item, e);
        }
        if (++done == MAX_PER_TASK && !pending.isEmpty()) {
          // Under sustained load the queue may never empty: hand over to a fresh task now and
          // then, so no task runs long enough for the container to call it hung.
          resubmit();
          return;
        }
      }
      draining.set(false);
      // An item added after the last poll but before the flag was cleared found the flag set
      // and left it to us: take the lane again if nobody else has.
    } while (!pending.isEmpty() && draining.compareAndSet(false, true));
  }

  private void resubmit() {
    try {
      executor.execute(this::drain);
    } catch (RejectedExecutionException e) {
      drain();
    }
  }
}
