package dev.parley.channels.email;

import dev.parley.email.IncomingMail;
import dev.parley.email.MailStore;
import dev.parley.email.StoredMail;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit for received messages: the SMTP sessions that finish a message at the same time hand
 * it here and wait; one thread stores what waits together with {@link MailStore#storeAll} — one
 * transaction, one commit, one flush of the store's file — and answers each session. A message
 * arriving alone is stored alone at once (no waiting for company), so a quiet listener answers as
 * fast as before and a busy one does far fewer commits.
 *
 * <p>When a group fails as a whole (one message refused, the database busy), each of its messages
 * is stored again on its own, so that one bad message costs the others nothing: each session gets
 * its own answer, 250 or a 4xx, never the 250 of a message that was not stored.
 */
final class StoreLane implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(StoreLane.class.getName());

  /** At most this many messages in one transaction. */
  static final int MAX_GROUP = 64;

  /** And at most about this many bytes (a group of large messages stays small). */
  static final long MAX_GROUP_BYTES = 16L * 1024 * 1024;

  private record Waiting(IncomingMail mail, CompletableFuture<StoredMail> answer) {}

  private static final Waiting STOP = new Waiting(null, null);

  private final MailStore store;
  private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
  private final Thread worker;
  private volatile boolean closed;

  StoreLane(MailStore store, ThreadFactory threads) {
    this.store = store;
    this.worker = threads.newThread(this::run);
    worker.setName("parley-smtp-store");
    worker.start();
  }

  /**
   * Stores {@code mail} (with whatever arrives at the same moment) and answers when it is
   * committed.
   *
   * @throws Exception what storing it threw (the session answers 4xx)
   */
  StoredMail store(IncomingMail mail) throws Exception {
    if (closed) {
      throw new IllegalStateException("the listener is stopping");
    }
    CompletableFuture<StoredMail> answer = new CompletableFuture<>();
    queue.add(new Waiting(mail, answer));
    try {
      return answer.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private void run() {
    List<Waiting> group = new ArrayList<>();
    while (true) {
      Waiting first;
      try {
        first = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      if (first == STOP) {
        break;
      }
      group.clear();
      group.add(first);
      long bytes = first.mail().message().length;
      Waiting next;
      while (group.size() < MAX_GROUP
          && bytes < MAX_GROUP_BYTES
          && (next = queue.peek()) != null
          && next != STOP) {
        group.add(queue.poll());
        bytes += next.mail().message().length;
      }
      storeGroup(group);
    }
    failWaiting();
  }

  private void storeGroup(List<Waiting> group) {
    if (group.size() > 1) {
      try {
        List<StoredMail> stored = store.storeAll(group.stream().map(Waiting::mail).toList());
        for (int i = 0; i < group.size(); i++) {
          group.get(i).answer().complete(stored.get(i));
        }
        return;
      } catch (RuntimeException e) {
        LOG.log(
            Level.FINE,
            "event=email.store.group.failed size=%d cause=%s (each stored alone)"
                .formatted(group.size(), e),
            e);
      }
    }
    for (Waiting w : group) {
      try {
        w.answer().complete(store.storeAll(List.of(w.mail())).get(0));
      } catch (RuntimeException e) {
        w.answer().completeExceptionally(e);
      }
    }
  }

  private void failWaiting() {
    Waiting w;
    while ((w = queue.poll()) != null) {
      if (w != STOP) {
        w.answer().completeExceptionally(new IllegalStateException("the listener is stopping"));
      }
    }
  }

  /** Stores what waits, then ends the thread (sessions arriving later are refused: 4xx). */
  @Override
  public void close() {
    closed = true;
    queue.add(STOP);
    try {
      worker.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    failWaiting();
  }
}
