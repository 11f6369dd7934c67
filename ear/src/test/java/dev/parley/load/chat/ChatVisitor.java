package dev.parley.load.chat;

import static dev.parley.load.chat.Frames.JSON;

import dev.parley.load.chat.ChatLedger.Side;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One visitor as the widget behaves: opens {@code /ws/visitor/{entryPoint}} with the page's Origin,
 * says {@code hello} (no token), {@code start}s a chat on {@code welcome} and, once it is ACTIVE,
 * sends a message whenever the run tells it to. Every message frame it receives goes to the ledger;
 * an agent's message also gives an agent → visitor latency (its text carries the time the agent's
 * POST started). The JDK client allows one send at a time per socket, so sends are chained.
 */
final class ChatVisitor implements WebSocket.Listener {
  final int index;
  private final ChatLedger ledger;
  private final Latencies toVisitor;
  private final Latencies acks;
  private final ChatCounters counters;
  private final StringBuilder partial = new StringBuilder();
  private long firstPartNanos;
  private volatile WebSocket socket;
  private volatile String conversation;
  private volatile boolean queued;
  private volatile boolean active;
  private volatile boolean joined;
  private volatile boolean closing;
  private CompletableFuture<?> sending = CompletableFuture.completedFuture(null); // guarded by this
  private int said;
  private long pings;

  ChatVisitor(
      int index, ChatLedger ledger, Latencies toVisitor, Latencies acks, ChatCounters counters) {
    this.index = index;
    this.ledger = ledger;
    this.toVisitor = toVisitor;
    this.acks = acks;
    this.counters = counters;
  }

  /** Opens the socket; {@code hello} follows from {@link #onOpen}. */
  CompletableFuture<?> open(HttpClient client, URI uri, String origin) {
    return client
        .newWebSocketBuilder()
        .header("Origin", origin)
        .connectTimeout(Duration.ofSeconds(30))
        .buildAsync(uri, this)
        .exceptionally(
            e -> {
              counters.problem("visitor_connect", e);
              return null;
            });
  }

  boolean active() {
    return active;
  }

  /** An agent's system message came but the ACTIVE status never did: the widget would wait. */
  boolean joinedButNotActive() {
    return joined && !active;
  }

  @Override
  public void onOpen(WebSocket ws) {
    socket = ws;
    send(JSON.createObjectBuilder().add("type", "hello").addNull("token").add("lastSeq", 0));
    ws.request(1);
  }

  /** Says the next message, stamped with its send time; nothing before the chat is ACTIVE. */
  void say() {
    String id = conversation;
    if (!active || id == null || closing) {
      counters.problem("send_skipped_not_active", "visitor " + index);
      return;
    }
    long now = System.nanoTime();
    String clientId = "v" + index + "." + (++said) + "." + now;
    ledger.sent(id, Side.VISITOR, clientId);
    send(
        JSON.createObjectBuilder()
            .add("type", "message")
            .add("clientId", clientId)
            .add("text", Frames.stamped("visitor " + index + " message " + said, now)));
  }

  /** Pings like the widget: the server drops a socket it has not heard from for 90 s. */
  void heartbeat() {
    if (socket != null && !closing) {
      send(JSON.createObjectBuilder().add("type", "ping").add("seq", ++pings));
    }
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
      try {
        handle(Frames.parse(text), received);
      } catch (RuntimeException e) {
        counters.problem("visitor_frame", e + " in " + text);
      }
    }
    ws.request(1);
    return null;
  }

  private void handle(JsonObject frame, long received) {
    switch (frame.getString("type", "")) {
      case "welcome" -> send(JSON.createObjectBuilder().add("type", "start").addNull("option"));
      case "status" -> status(frame);
      case "message" -> {
        JsonObject m = frame.getJsonObject("message");
        Side author = Frames.author(m);
        String text = m.getString("text", null);
        ledger.received(
            frame.getString("conversationId"),
            Side.VISITOR,
            m.getJsonNumber("seq").longValue(),
            Frames.clientId(m),
            author);
        if (author == Side.AGENT) {
          toVisitor.add(Frames.sentNanos(text), received);
        } else if (author == null) {
          joined = true; // "… joined the chat" (or another system message)
        }
      }
      case "ack" -> {
        String clientId = frame.getString("clientId");
        ledger.stored(conversation, Side.VISITOR, clientId);
        acks.add(Long.parseLong(clientId.substring(clientId.lastIndexOf('.') + 1)), received);
      }
      case "error" -> {
        String clientId = frame.getString("clientId", null);
        if (clientId != null && conversation != null) {
          ledger.refused(conversation, Side.VISITOR, clientId);
        }
        counters.problem(
            "visitor_error_" + frame.getString("code", "?"), frame.getString("message", ""));
      }
      default -> {
        // queue, delivered, read, typing, pong: nothing to measure
      }
    }
  }

  private void status(JsonObject frame) {
    if (conversation == null && frame.containsKey("conversationId")) {
      conversation = frame.getString("conversationId");
    }
    switch (frame.getString("status", "")) {
      case "QUEUED" -> {
        if (!queued) {
          queued = true;
          counters.queued.incrementAndGet();
        }
      }
      case "ACTIVE" -> {
        if (!active) {
          active = true;
          counters.active.incrementAndGet();
        }
      }
      default -> counters.problem("visitor_status_" + frame.getString("status", "?"), frame);
    }
  }

  private void send(jakarta.json.JsonObjectBuilder frame) {
    String text = frame.build().toString();
    synchronized (this) {
      sending =
          sending
              .thenCompose(x -> socket.sendText(text, true))
              .exceptionally(
                  e -> {
                    counters.problem("visitor_send", e);
                    return null;
                  });
    }
  }

  @Override
  public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
    if (!closing) {
      counters.problem("visitor_closed_by_server", statusCode + " " + reason);
    }
    active = false;
    return null;
  }

  @Override
  public void onError(WebSocket ws, Throwable error) {
    counters.problem("visitor_socket", error);
    active = false;
  }

  /** Says goodbye (the chat itself stays open for the agent to end); drops a slow socket. */
  CompletableFuture<?> close() {
    closing = true;
    WebSocket ws = socket;
    if (ws == null || ws.isOutputClosed()) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<?> last;
    synchronized (this) {
      last = sending;
    }
    return last.thenCompose(x -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "load run done"))
        .orTimeout(5, java.util.concurrent.TimeUnit.SECONDS)
        .handle(
            (x, e) -> {
              ws.abort();
              return null;
            });
  }
}
