package dev.parley.channels.email;

import dev.parley.channels.email.EmailFiler.Received;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Between the listener and the filer: each message the listener has just stored is put here, and a
 * few filing threads each take whatever has gathered — up to {@code batch} messages — and file it
 * in one go (docs/adr/0023-email-filed-in-batches.md). While the filer keeps up a message goes
 * alone, at once; under a burst the batches grow, and with them what one transaction and one
 * routing step carry.
 *
 * <p>Nothing here needs to survive a crash: every message in the line is stored already, and what a
 * stop leaves here is filed by the sweep. The line holds at most {@code maxBytes} of messages; a
 * message that does not fit is left to the sweep too.
 */
final class FilingLine implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(FilingLine.class.getName());

  private final LinkedBlockingQueue<Received> waiting = new LinkedBlockingQueue<>();

  /** The messages waiting or being filed: the sweep leaves them alone. */
  private final Set<String> inLine = ConcurrentHashMap.newKeySet();

  private final AtomicLong bytes = new AtomicLong();
  private final long maxBytes;
  private final int batch;
  private final Consumer<List<Received>> filer;
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean closed;

  /**
   * Starts {@code threads} filing threads from {@code factory}, each handing up to {@code batch}
   * messages at a time to {@code filer}.
   */
  FilingLine(
      Consumer<List<Received>> filer,
      ThreadFactory factory,
      int threads,
      int batch,
      long maxBytes) {
    if (threads < 1 || batch < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("threads, batch and maxBytes must be positive");
    }
    this.filer = filer;
    this.batch = batch;
    this.maxBytes = maxBytes;
    for (int i = 0; i < threads; i++) {
      Thread t = factory.newThread(this::work);
      t.setName("parley-email-filing-" + i);
      t.setDaemon(true);
      workers.add(t);
      t.start();
    }
  }

  /** Puts a stored message in line; answers false when it is left to the sweep (line full). */
  boolean offer(Received message) {
    long size = message.raw().length;
    if (closed || bytes.addAndGet(size) > maxBytes) {
      bytes.addAndGet(-size);
      LOG.fine(
          () -> "event=email.line.full mail=%s (the sweep files it)".formatted(message.mail()));
      return false;
    }
    inLine.add(message.mail());
    waiting.add(message);
    return true;
  }

  /** Whether {@code mail} is waiting here or being filed. */
  boolean holds(String mail) {
    return inLine.contains(mail);
  }

  private void work() {
    List<Received> taken = new ArrayList<>(batch);
    while (!closed) {
      try {
        Received first = waiting.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          continue;
        }
        taken.add(first);
        waiting.drainTo(taken, batch - 1);
        filer.accept(List.copyOf(taken));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // The filer keeps what it could not file stored and unfiled; the sweep tries again.
        LOG.log(Level.WARNING, "event=email.line.failed size=%d".formatted(taken.size()), e);
      } finally {
        for (Received r : taken) {
          bytes.addAndGet(-r.raw().length);
          inLine.remove(r.mail());
        }
        taken.clear();
      }
    }
  }

  /**
   * Stops the filing threads once the batches they are on are filed (interrupted after ten
   * seconds); what waits is left to the sweep.
   */
  @Override
  public void close() {
    closed = true;
    for (Thread t : workers) {
      try {
        t.join(TimeUnit.SECONDS.toMillis(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      t.interrupt();
    }
    waiting.clear();
    inLine.clear();
  }
}
