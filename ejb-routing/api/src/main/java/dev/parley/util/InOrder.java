package dev.parley.util;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Runs {@code work} on items one at a time, in the order offered, on an executor, without ever
 * blocking whoever offers (routing's single writer). At most one drain runs at a time.
 */
public final class InOrder<T> {
  private static final Logger LOG = Logger.getLogger(InOrder.class.getName());

  private final Executor executor;
  private final Consumer<T> work;
  private final Queue<T> items = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean draining = new AtomicBoolean();

  public InOrder(Executor executor, Consumer<T> work) {
    this.executor = executor;
    this.work = work;
  }

  public void offer(T item) {
    items.add(item);
    schedule();
  }

  private void schedule() {
    if (draining.compareAndSet(false, true)) {
      executor.execute(this::drain);
    }
  }

  private void drain() {
    try {
      T item;
      while ((item = items.poll()) != null) {
        try {
          work.accept(item);
        } catch (RuntimeException e) {
          T failed = item;
          LOG.warning(() -> "event=in-order.item.failed item=%s cause=%s".formatted(failed, e));
        }
      }
    } finally {
      draining.set(false);
      if (!items.isEmpty()) {
        schedule();
      }
    }
  }
}
