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
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** An agent's {@code /ws/agent} connection collecting the JSON frames pushed to it. */
final class AgentSocket implements WebSocket.Listener, AutoCloseable {
  private final BlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();
  private final StringBuilder partial = new StringBuilder();
  private WebSocket webSocket;

  static AgentSocket open(ApiClient agent) throws Exception {
    AgentSocket socket = new AgentSocket();
    URI uri = URI.create(agent.base().toString().replaceFirst("^http", "ws")).resolve("ws/agent");
    socket.webSocket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .header("Cookie", agent.sessionCookieHeader())
            .buildAsync(uri, socket)
            .get(10, TimeUnit.SECONDS);
    assertThat(socket.next("welcome")).isNotNull();
    return socket;
  }

  /** The next frame of {@code type}, skipping others; fails after 10 s without one. */
  JsonObject next(String type) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      JsonObject frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      assertThat(frame).as("a '%s' frame within 10 s", type).isNotNull();
      if (type.equals(frame.getString("type"))) {
        return frame;
      }
    }
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
  public void close() {
    if (!webSocket.isOutputClosed()) {
      webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }
    webSocket.abort();
  }
}
