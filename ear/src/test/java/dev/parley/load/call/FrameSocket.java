package dev.parley.load.call;

import jakarta.json.JsonObject;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

/**
 * A JSON WebSocket of the run: frames are handed on whole with the time their first part arrived
 * (taken before parsing), and sends are chained — the JDK client allows one at a time per socket. A
 * frame's text is made when its turn to be sent comes, so a send time it carries is the real one.
 */
abstract class FrameSocket implements WebSocket.Listener {
  private final StringBuilder partial = new StringBuilder();
  private long firstPartNanos;
  private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
  private volatile WebSocket socket;
  protected volatile boolean closing;

  /** A whole frame, received at {@code receivedNanos}. */
  protected abstract void frame(JsonObject frame, long receivedNanos);

  /** The socket failed or the server closed it while the run still needed it. */
  protected abstract void lost(String why);

  @Override
  public void onOpen(WebSocket ws) {
    socket = ws;
    ws.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
    if (partial.length() == 0) {
      firstPartNanos = System.nanoTime();
    }
    partial.append(data);
    if (last) {
      String text = partial.toString();
      partial.setLength(0);
      JsonObject parsed = null;
      try {
        parsed = CallFrames.parse(text);
      } catch (RuntimeException e) {
        lost("unreadable frame " + text);
      }
      if (parsed != null && !closing) {
        frame(parsed, firstPartNanos);
      }
    }
    ws.request(1);
    return null;
  }

  /** Sends the text {@code make} answers for the send time, after what was sent before. */
  final synchronized void send(LongFunction<String> make) {
    WebSocket ws = socket;
    if (ws == null || closing) {
      return;
    }
    tail =
        tail.handle((x, e) -> null)
            .thenCompose(x -> ws.sendText(make.apply(System.nanoTime()), true))
            .whenComplete(
                (x, e) -> {
                  if (e != null && !closing) {
                    lost("send failed: " + e);
                  }
                });
  }

  final void send(String text) {
    send(t -> text);
  }

  @Override
  public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
    if (!closing) {
      lost("closed by the server: " + statusCode + " " + reason);
    }
    return null;
  }

  @Override
  public void onError(WebSocket ws, Throwable error) {
    if (!closing) {
      lost("socket error: " + error);
    }
  }

  /** Says goodbye after what is queued; a socket that does not close in time is dropped. */
  final synchronized CompletableFuture<?> close() {
    closing = true;
    WebSocket ws = socket;
    if (ws == null || ws.isOutputClosed()) {
      return CompletableFuture.completedFuture(null);
    }
    return tail.handle((x, e) -> null)
        .thenCompose(x -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "load run done"))
        .orTimeout(5, TimeUnit.SECONDS)
        .handle(
            (x, e) -> {
              ws.abort();
              return null;
            });
  }
}
