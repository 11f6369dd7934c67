package dev.parley.it.ws;

import static dev.parley.it.support.DemoAccounts.AGENT;
import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static dev.parley.it.support.DemoAccounts.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Black-box: the agent WebSocket is authenticated by the login session and speaks typed JSON. */
@ExtendWith(SharedServer.class)
class AgentSocketIT {

  private ParleyServer server;

  @BeforeEach
  void server(ParleyServer server) {
    this.server = server;
  }

  @Test
  void anAgentIsWelcomedAndPingsArePonged() throws Exception {
    try (var socket = Socket.open(server, ApiClient.loggedIn(server.baseUri(), AGENT, PASSWORD))) {
      JsonObject welcome = socket.next();
      assertThat(welcome.getString("type")).isEqualTo("welcome");
      assertThat(welcome.getString("username")).isEqualTo(AGENT);

      socket.send("{\"type\":\"ping\",\"seq\":41}");
      JsonObject pong = socket.next();
      assertThat(pong.getString("type")).isEqualTo("pong");
      assertThat(pong.getJsonNumber("seq").longValue()).isEqualTo(41);
    }
  }

  @Test
  void aForgedFrameGetsAnErrorAndTheConnectionLives() throws Exception {
    try (var socket = Socket.open(server, ApiClient.loggedIn(server.baseUri(), AGENT, PASSWORD))) {
      socket.next(); // welcome

      socket.send("{\"type\":\"acceptOffer\",\"contact\":\"'; DROP TABLE parley_user; --\"}");
      assertThat(socket.next().getString("type")).isEqualTo("error");
      socket.send("not json at all");
      assertThat(socket.next().getString("type")).isEqualTo("error");

      socket.send("{\"type\":\"ping\",\"seq\":1}");
      assertThat(socket.next().getString("type")).isEqualTo("pong");
    }
  }

  @Test
  void anOversizedFrameClosesTheConnectionWith1009() throws Exception {
    try (var socket = Socket.open(server, ApiClient.loggedIn(server.baseUri(), AGENT, PASSWORD))) {
      socket.next(); // welcome

      socket.send("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(70_000) + "\"}");

      assertThat(socket.closeCode()).isEqualTo(1009);
    }
  }

  @Test
  void anonymousHandshakesAreClosedWithPolicyViolation() throws Exception {
    try (var socket = Socket.open(server, null)) {
      assertThat(socket.closeCode()).isEqualTo(1008);
    }
  }

  @Test
  void aSupervisorMayNotOpenTheAgentSocket() throws Exception {
    try (var socket =
        Socket.open(server, ApiClient.loggedIn(server.baseUri(), SUPERVISOR, PASSWORD))) {
      assertThat(socket.closeCode()).isEqualTo(1008);
    }
  }

  /** A minimal java.net.http WebSocket client collecting text frames and the close code. */
  private static final class Socket implements WebSocket.Listener, AutoCloseable {
    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket webSocket;

    static Socket open(ParleyServer server, ApiClient session) throws Exception {
      Socket socket = new Socket();
      URI uri =
          URI.create(server.baseUri().toString().replaceFirst("^http", "ws")).resolve("ws/agent");
      WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
      if (session != null) {
        builder.header("Cookie", session.sessionCookieHeader());
      }
      socket.webSocket = builder.buildAsync(uri, socket).get(10, TimeUnit.SECONDS);
      return socket;
    }

    void send(String text) throws Exception {
      webSocket.sendText(text, true).get(10, TimeUnit.SECONDS);
    }

    JsonObject next() throws InterruptedException {
      String frame = frames.poll(10, TimeUnit.SECONDS);
      assertThat(frame).as("a frame within 10 s").isNotNull();
      return Json.createReader(new StringReader(frame)).readObject();
    }

    int closeCode() throws Exception {
      return closed.get(10, TimeUnit.SECONDS);
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        frames.add(partial.toString());
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
}
