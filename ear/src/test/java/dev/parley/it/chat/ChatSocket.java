package dev.parley.it.chat;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A JSON WebSocket of the server collecting the frames pushed to it: a widget's {@code
 * /ws/visitor/{entryPoint}} from a page of some origin, or a workstation's {@code /ws/agent}.
 */
final class ChatSocket implements WebSocket.Listener, AutoCloseable {
  private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
  private final StringBuilder partial = new StringBuilder();
  private final List<JsonObject> backlog = new ArrayList<>();
  final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private WebSocket webSocket;

  static CompletableFuture<WebSocket> connect(
      URI base, String entryPoint, String origin, WebSocket.Listener listener) {
    URI uri =
        URI.create(base.toString().replaceFirst("^http", "ws")).resolve("ws/visitor/" + entryPoint);
    var builder = HttpClient.newHttpClient().newWebSocketBuilder();
    if (origin != null) {
      builder.header("Origin", origin);
    }
    return builder.buildAsync(uri, listener);
  }

  static ChatSocket open(URI base, String entryPoint, String origin) throws Exception {
    ChatSocket socket = new ChatSocket();
    socket.webSocket = connect(base, entryPoint, origin, socket).get(10, TimeUnit.SECONDS);
    return socket;
  }

  /** A logged-in agent's workstation socket (no Origin, as a non-browser client). */
  static ChatSocket agent(dev.parley.it.support.ApiClient agent) throws Exception {
    ChatSocket socket = new ChatSocket();
    URI uri = URI.create(agent.base().toString().replaceFirst("^http", "ws")).resolve("ws/agent");
    socket.webSocket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .header("Cookie", agent.sessionCookieHeader())
            .buildAsync(uri, socket)
            .get(10, TimeUnit.SECONDS);
    socket.next("welcome");
    return socket;
  }

  /** A logged-in supervisor's wallboard socket (no Origin), after its first snapshot. */
  static ChatSocket supervisor(dev.parley.it.support.ApiClient supervisor) throws Exception {
    ChatSocket socket = new ChatSocket();
    URI uri =
        URI.create(supervisor.base().toString().replaceFirst("^http", "ws"))
            .resolve("ws/supervisor");
    socket.webSocket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .header("Cookie", supervisor.sessionCookieHeader())
            .buildAsync(uri, socket)
            .get(10, TimeUnit.SECONDS);
    socket.next("snapshot");
    return socket;
  }

  /** Opens, says hello and returns the welcome. */
  JsonObject hello(String token, long lastSeq) throws Exception {
    var hello = Json.createObjectBuilder().add("type", "hello").add("lastSeq", lastSeq);
    if (token == null) {
      hello.addNull("token");
    } else {
      hello.add("token", token);
    }
    send(hello.build());
    return next("welcome");
  }

  void send(JsonObject frame) {
    webSocket.sendText(frame.toString(), true).join();
  }

  void sendRaw(String text) {
    webSocket.sendText(text, true).join();
  }

  /**
   * The first frame of {@code type} not taken yet, in arrival order; frames of other types stay for
   * later calls. Fails after 15 s without one.
   */
  JsonObject next(String type) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (true) {
      JsonObject kept = take(type);
      if (kept != null) {
        return kept;
      }
      JsonObject frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      assertThat(frame).as("a '%s' frame within 15 s", type).isNotNull();
      backlog.add(frame);
    }
  }

  /**
   * The next frame of {@code type} whose {@code field} (of the frame, or of its {@code message}) is
   * {@code value}.
   */
  JsonObject next(String type, String field, String value) throws InterruptedException {
    while (true) {
      JsonObject f = next(type);
      JsonObject in = f.containsKey("message") && f.get("message") instanceof JsonObject m ? m : f;
      if (value.equals(f.getString(field, null)) || value.equals(in.getString(field, null))) {
        return f;
      }
    }
  }

  /** Every frame of {@code type} not taken yet or arriving within {@code millis}. */
  List<JsonObject> all(String type, long millis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (true) {
      long left = deadline - System.nanoTime();
      JsonObject frame = left > 0 ? frames.poll(left, TimeUnit.NANOSECONDS) : null;
      if (frame == null) {
        break;
      }
      backlog.add(frame);
    }
    List<JsonObject> out = new ArrayList<>();
    for (JsonObject f; (f = take(type)) != null; ) {
      out.add(f);
    }
    return out;
  }

  private JsonObject take(String type) {
    for (var it = backlog.iterator(); it.hasNext(); ) {
      JsonObject f = it.next();
      if (type.equals(f.getString("type"))) {
        it.remove();
        return f;
      }
    }
    return null;
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
    closed.complete(-1);
  }

  @Override
  public void close() {
    if (!webSocket.isOutputClosed()) {
      webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
    webSocket.abort();
  }
}
