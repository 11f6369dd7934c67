package dev.parley.web.platform.ws;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Locale;

/**
 * What every socket's {@code @OnError} does with a frame the container refused (too large, not
 * UTF-8): close the session with a code that says why — 1009 for size, 1011 otherwise — touching
 * nothing stored.
 */
public final class SocketErrors {
  private SocketErrors() {}

  /** Closes {@code session} (if still open) for {@code failure}. */
  public static void close(Session session, Throwable failure) throws IOException {
    if (session.isOpen()) {
      boolean size = describesSize(failure);
      session.close(
          new CloseReason(
              size ? CloseReason.CloseCodes.TOO_BIG : CloseReason.CloseCodes.UNEXPECTED_CONDITION,
              size ? "frame too large" : "error"));
    }
  }

  /** Whether the container's failure (or a cause of it) is about a frame's size. */
  static boolean describesSize(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String text = (t.getClass().getSimpleName() + " " + t.getMessage()).toLowerCase(Locale.ROOT);
      if (text.contains("too big")
          || text.contains("too large")
          || text.contains("toobig")
          || text.contains("max")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
