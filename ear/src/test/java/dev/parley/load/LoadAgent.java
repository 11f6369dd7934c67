package dev.parley.load;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.URI;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * One agent of the run: its session cookie and its {@code /ws/agent} socket. The receive time of an
 * {@code offer} frame is taken before the frame is parsed, then the run is told and the agent does
 * its work (accept, or accept + end + wrap up) without blocking the socket.
 */
final class LoadAgent implements WebSocket.Listener {

  /**
   * Looked up once: {@code Json.createReader} finds the provider through ServiceLoader per call.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  /** Where offers go: the run's recorder and what agents do with them. */
  interface OfferSink {
    void offer(LoadAgent agent, String contactId, String customer, long receivedNanos);

    void failure(LoadAgent agent, Throwable error);
  }

  final String username;
  final String cookie;
  private final OfferSink sink;
  private final CompletableFuture<Void> welcomed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private long firstPartNanos;
  private volatile WebSocket socket;
  private volatile boolean closing;
  private volatile CompletableFuture<WebSocket> lastPing = CompletableFuture.completedFuture(null);
  private long pings;

  LoadAgent(String username, String cookie, OfferSink sink) {
    this.username = username;
    this.cookie = cookie;
    this.sink = sink;
  }

  /** Opens the socket and waits for the server's {@code welcome}. */
  void connect(LoadHttp http) throws Exception {
    URI uri = URI.create(http.base().toString().replaceFirst("^http", "ws")).resolve("ws/agent");
    socket =
        http.client()
            .newWebSocketBuilder()
            .header("Cookie", cookie)
            .buildAsync(uri, this)
            .get(30, TimeUnit.SECONDS);
    welcomed.get(30, TimeUnit.SECONDS);
  }

  @Override
  public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
    if (partial.length() == 0) {
      firstPartNanos = System.nanoTime();
    }
    partial.append(data);
    if (last) {
      long received = firstPartNanos;
      String text = partial.toString();
      partial.setLength(0);
      handle(text, received);
    }
    ws.request(1);
    return null;
  }

  private void handle(String text, long received) {
    try {
      JsonObject frame = JSON.createReader(new StringReader(text)).readObject();
      switch (frame.getString("type", "")) {
        case "welcome" -> welcomed.complete(null);
        case "offer" -> {
          JsonObject offer = frame.getJsonObject("offer");
          sink.offer(this, offer.getString("contactId"), offer.getString("customer", ""), received);
        }
        default -> {
          // contactState, presence, pong: hints only, nothing to measure
        }
      }
    } catch (RuntimeException e) {
      sink.failure(this, e);
    }
  }

  /**
   * Sends a {@code ping} like the workstation does every 25 s: the server closes a socket it has
   * not heard from for 90 s (the listener's read timeout), whatever it sends itself. One send at a
   * time per socket (the JDK client's rule): a ping still pending is not followed by another.
   */
  void heartbeat() {
    WebSocket ws = socket;
    if (ws == null || ws.isOutputClosed() || closing || !lastPing.isDone()) {
      return;
    }
    lastPing = ws.sendText("{\"type\":\"ping\",\"seq\":" + (++pings) + "}", true);
  }

  @Override
  public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
    if (!closing) {
      // The server closed it: offers pushed from now on are lost to this run, so say so.
      sink.failure(
          this,
          new IllegalStateException("socket closed by the server: " + statusCode + " " + reason));
    }
    return null;
  }

  @Override
  public void onError(WebSocket ws, Throwable error) {
    welcomed.completeExceptionally(error);
    sink.failure(this, error);
  }

  /** Says goodbye; a socket that does not close in time is dropped. */
  CompletableFuture<?> close() {
    closing = true;
    if (socket == null || socket.isOutputClosed()) {
      return CompletableFuture.completedFuture(null);
    }
    return socket
        .sendClose(WebSocket.NORMAL_CLOSURE, "load run done")
        .orTimeout(5, TimeUnit.SECONDS)
        .handle(
            (ws, e) -> {
              socket.abort();
              return null;
            });
  }
}
