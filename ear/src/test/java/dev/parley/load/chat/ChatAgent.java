package dev.parley.load.chat;

import static dev.parley.load.chat.Frames.JSON;

import dev.parley.load.LoadHttp;
import dev.parley.load.chat.ChatLedger.Side;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * One agent as a workstation that answers at once: its session cookie and its {@code /ws/agent}
 * socket. It accepts every offer (REST) and replies to every customer message it receives with a
 * REST post whose text carries the time the post started; the receive time of a {@code chatMessage}
 * is taken before the frame is parsed. Nothing blocks the socket: REST calls are asynchronous.
 */
final class ChatAgent implements WebSocket.Listener {
  final String username;
  final String cookie;
  private final LoadHttp http;
  private final ChatLedger ledger;
  private final Latencies toAgent;
  private final Latencies posts;
  private final ChatCounters counters;
  private final CompletableFuture<Void> welcomed = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private long firstPartNanos;
  private volatile WebSocket socket;
  private volatile boolean closing;
  private volatile CompletableFuture<WebSocket> lastPing = CompletableFuture.completedFuture(null);
  private long pings;

  ChatAgent(
      String username,
      String cookie,
      LoadHttp http,
      ChatLedger ledger,
      Latencies toAgent,
      Latencies posts,
      ChatCounters counters) {
    this.username = username;
    this.cookie = cookie;
    this.http = http;
    this.ledger = ledger;
    this.toAgent = toAgent;
    this.posts = posts;
    this.counters = counters;
  }

  /** Opens the socket and waits for the server's {@code welcome}. */
  void connect() throws Exception {
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
      try {
        handle(Frames.parse(text), received);
      } catch (RuntimeException e) {
        counters.problem("agent_frame", e + " in " + text);
      }
    }
    ws.request(1);
    return null;
  }

  private void handle(JsonObject frame, long received) {
    switch (frame.getString("type", "")) {
      case "welcome" -> welcomed.complete(null);
      case "offer" -> accept(frame.getJsonObject("offer").getString("contactId"));
      case "chatMessage" -> {
        String conversation = frame.getString("conversationId");
        JsonObject m = frame.getJsonObject("message");
        Side author = Frames.author(m);
        String clientId = Frames.clientId(m);
        ledger.received(
            conversation, Side.AGENT, m.getJsonNumber("seq").longValue(), clientId, author);
        if (author == Side.VISITOR && clientId != null) {
          toAgent.add(Frames.sentNanos(m.getString("text", null)), received);
          reply(conversation, clientId);
        }
      }
      case "contactReturned" -> counters.problem("agent_contact_returned", frame);
      default -> {
        // contactState, presence, chatTyping, chatRead, offerWithdrawn, pong: hints only
      }
    }
  }

  private void accept(String contact) {
    http.postAsync(cookie, "api/agent/offers/" + contact + "/accept", "")
        .whenComplete(
            (r, e) -> {
              if (e == null && r.statusCode() == 200) {
                counters.accepted.incrementAndGet();
              } else {
                counters.problem("agent_accept", e != null ? e : r.statusCode() + " " + r.body());
              }
            });
  }

  /** Answers the customer's message {@code clientId} once, with a clientId derived from it. */
  private void reply(String conversation, String clientId) {
    String replyId = "a" + clientId;
    ledger.sent(conversation, Side.AGENT, replyId);
    long start = System.nanoTime();
    String body =
        JSON.createObjectBuilder()
            .add("clientId", replyId)
            .add("kind", "TEXT")
            .add("text", Frames.stamped("re " + clientId, start))
            .build()
            .toString();
    http.postAsync(cookie, "api/agent/conversations/" + conversation + "/messages", body)
        .whenComplete(
            (r, e) -> {
              long done = System.nanoTime();
              if (e == null && r.statusCode() == 201) {
                ledger.stored(conversation, Side.AGENT, replyId);
                posts.add(start, done);
              } else if (e != null) {
                // no answer: it may be stored all the same, so it stays unsettled
                counters.problem("agent_post", e);
              } else {
                ledger.refused(conversation, Side.AGENT, replyId);
                counters.problem("agent_post", r.statusCode() + " " + r.body());
              }
            });
  }

  /**
   * Pings like the workstation does every 25 s: the server closes a socket it has not heard from
   * for 90 s (the listener's read timeout). One send at a time per socket (the JDK client's rule),
   * and an agent sends nothing else on it.
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
      counters.problem("agent_closed_by_server", username + ": " + statusCode + " " + reason);
    }
    return null;
  }

  @Override
  public void onError(WebSocket ws, Throwable error) {
    welcomed.completeExceptionally(error);
    counters.problem("agent_socket", username + ": " + error);
  }

  /** Says goodbye; a socket that does not close in time is dropped. */
  CompletableFuture<?> close() {
    closing = true;
    WebSocket ws = socket;
    if (ws == null || ws.isOutputClosed()) {
      return CompletableFuture.completedFuture(null);
    }
    return ws.sendClose(WebSocket.NORMAL_CLOSURE, "load run done")
        .orTimeout(5, TimeUnit.SECONDS)
        .handle(
            (x, e) -> {
              ws.abort();
              return null;
            });
  }
}
