package dev.parley.web.platform.ws;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.logging.Logger;

/**
 * One session's outgoing frames, sent in the order given with at most one asynchronous send in
 * flight. Jakarta WebSocket leaves a second send before the first completed to the container (it
 * may refuse it or worse), while routing pushes to an agent from whichever thread commits a batch
 * and replies to pings from the socket's own thread: every frame to a session goes through its
 * outbox. Frames wait in memory while one is being written; a client more than {@link #MAX_WAITING}
 * frames behind is disconnected (1013, try again later) rather than let memory grow, and re-reads
 * its state when it reconnects. Thread-safe: the queue and the in-flight flag change only under the
 * outbox's lock, and exactly one thread writes at a time.
 */
public final class Outbox {

  /** Frames allowed to wait behind the one being written. */
  public static final int MAX_WAITING = 4096;

  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

  private final Session session;
  private final String owner;
  private final ArrayDeque<String> waiting = new ArrayDeque<>();

  /** A writer owns the session's remote end (from taking a frame until its send completed). */
  private boolean writing;

  /** The writer is inside {@code sendText}; a completion then hands the next frame back to it. */
  private boolean insideSend;

  private boolean completedInside;
  private boolean overflowed;

  public Outbox(Session session, String owner) {
    this.session = session;
    this.owner = owner;
  }

  /**
   * Queues {@code frame} behind the frames given before it and returns at once.
   *
   * @return false when the frame was dropped: the session is closed or the client fell too far
   *     behind (it is then disconnected)
   */
  public boolean send(String frame) {
    boolean full; // decided under the lock: this thread found the queue full, or it writes
    synchronized (this) {
      if (overflowed || !session.isOpen()) {
        return false;
      }
      if (writing && waiting.size() < MAX_WAITING) {
        waiting.add(frame);
        return true;
      }
      full = writing;
      if (full) {
        overflowed = true;
        waiting.clear();
      } else {
        writing = true;
      }
    }
    if (full) {
      disconnectSlowClient();
      return false;
    }
    writeFrom(frame);
    return true;
  }

  /** Frames waiting behind the one being written (for tests and monitoring). */
  public synchronized int waiting() {
    return waiting.size();
  }

  /** Writes {@code frame} and then whatever queued meanwhile, unless a completion takes over. */
  private void writeFrom(String frame) {
    String next = frame;
    while (next != null) {
      synchronized (this) {
        insideSend = true;
        completedInside = false;
      }
      try {
        session.getAsyncRemote().sendText(next, this::completed);
      } catch (RuntimeException e) {
        // Closed under us or refused: the frame is lost with the session; the client re-reads.
        LOG.warning(() -> "event=ws.push.failed user=%s reason=%s".formatted(owner, e));
        synchronized (this) {
          completedInside = true;
        }
      }
      synchronized (this) {
        insideSend = false;
        if (!completedInside) {
          return; // still being written: its completion continues with the next frame
        }
        next = waiting.poll();
        if (next == null) {
          writing = false;
        }
      }
    }
  }

  private void completed(SendResult result) {
    if (!result.isOK()) {
      LOG.warning(
          () -> "event=ws.push.failed user=%s reason=%s".formatted(owner, result.getException()));
    }
    String next;
    synchronized (this) {
      if (insideSend) {
        completedInside = true; // the writer, still in sendText, goes on (no recursion)
        return;
      }
      next = waiting.poll();
      if (next == null) {
        writing = false;
        return;
      }
    }
    writeFrom(next);
  }

  private void disconnectSlowClient() {
    LOG.warning(() -> "event=ws.push.overflow user=%s waiting=%d".formatted(owner, MAX_WAITING));
    try {
      session.close(
          new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too far behind; reconnect"));
    } catch (IOException | RuntimeException e) {
      LOG.fine(() -> "closing a slow session: " + e);
    }
  }
}
