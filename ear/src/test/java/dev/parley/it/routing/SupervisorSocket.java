package dev.parley.it.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A wallboard's {@code /ws/supervisor} connection collecting the JSON frames pushed to it and the
 * close code. Other tests share the server, so their changes reach it too: tests look for frames
 * about their own queue, agent or contact ({@link #until}).
 */
final class SupervisorSocket implements WebSocket.Listener, AutoCloseable {
  private static final long WAIT_SECONDS = 15;

  private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private WebSocket webSocket;

  /** Opens the socket with {@code session}'s cookie (none when null) and no Origin. */
  static SupervisorSocket open(URI base, ApiClient session) throws Exception {
    return open(base, session, null);
  }

  /**
   * Opens the socket with {@code session}'s cookie and {@code origin} (none when null).
   *
   * @throws Exception when the handshake is refused (e.g. 403 for another site's Origin)
   */
  static SupervisorSocket open(URI base, ApiClient session, String origin) throws Exception {
    SupervisorSocket socket = new SupervisorSocket();
    URI uri = URI.create(base.toString().replaceFirst("^http", "ws")).resolve("ws/supervisor");
    WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
    if (session != null) {
      builder.header("Cookie", session.sessionCookieHeader());
    }
    if (origin != null) {
      builder.header("Origin", origin);
    }
    socket.webSocket = builder.buildAsync(uri, socket).get(10, TimeUnit.SECONDS);
    return socket;
  }

  /** The next frame, whatever its type. */
  JsonObject next() throws InterruptedException {
    JsonObject frame = frames.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    assertThat(frame).as("a frame within %d s", WAIT_SECONDS).isNotNull();
    return frame;
  }

  /** The first frame of {@code type} that satisfies {@code wanted}, skipping others. */
  JsonObject until(String type, Predicate<JsonObject> wanted) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    while (true) {
      JsonObject frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      assertThat(frame).as("a '%s' frame as wanted within %d s", type, WAIT_SECONDS).isNotNull();
      if (type.equals(frame.getString("type")) && wanted.test(frame)) {
        return frame;
      }
    }
  }

  void send(String text) throws Exception {
    webSocket.sendText(text, true).get(10, TimeUnit.SECONDS);
  }

  int closeCode() throws Exception {
    return closed.get(10, TimeUnit.SECONDS);
  }

  /**
   * The row of {@code section} ("queues", "agents", "calls") whose {@code key} is {@code value}.
   */
  static JsonObject row(JsonObject frame, String section, String key, String value) {
    return frame.getJsonArray(section).getValuesAs(JsonObject.class).stream()
        .filter(r -> value.equals(r.getString(key)))
        .findFirst()
        .orElse(null);
  }

  @Override
  public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      frames.add(Json.createReader(new StringReader(partial.toString())).readObject());
      partial.setLength(0);
    }
    ws.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
    closed.complete(statusCode);
    return null;
  }

  @Override
  public void onError(WebSocket ws, Throwable error) {
    closed.completeExceptionally(error);
  }

  @Override
  public void close() {
    if (!webSocket.isOutputClosed()) {
      webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
    webSocket.abort();
  }
}
