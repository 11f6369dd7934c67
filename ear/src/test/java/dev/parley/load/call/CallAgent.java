package dev.parley.load.call;

import dev.parley.load.LoadHttp;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * An agent as a workstation that answers every call at once: its session cookie and its {@code
 * /ws/agent} socket. An offer goes to its {@link LoadCall} (made if the caller's half has not
 * arrived yet), which answers it; call frames go to the call they name while it is going on. It
 * pings every 25 s like the workstation; the server closes a socket silent for 90 s.
 */
final class CallAgent extends FrameSocket {
  final String username;
  final String cookie;
  private final LoadHttp http;
  private final CallMeter meter;
  private final Function<String, LoadCall> offered;
  private final Function<String, LoadCall> existing;
  private final java.util.concurrent.CompletableFuture<Void> welcomed =
      new java.util.concurrent.CompletableFuture<>();
  private long pings;

  CallAgent(
      String username,
      String cookie,
      LoadHttp http,
      CallMeter meter,
      Function<String, LoadCall> offered,
      Function<String, LoadCall> existing) {
    this.username = username;
    this.cookie = cookie;
    this.http = http;
    this.meter = meter;
    this.offered = offered;
    this.existing = existing;
  }

  /** Opens the socket and waits for the server's {@code welcome}. */
  void connect() throws Exception {
    URI uri = URI.create(http.base().toString().replaceFirst("^http", "ws")).resolve("ws/agent");
    http.client()
        .newWebSocketBuilder()
        .header("Cookie", cookie)
        .buildAsync(uri, this)
        .get(30, TimeUnit.SECONDS);
    welcomed.get(30, TimeUnit.SECONDS);
  }

  @Override
  protected void frame(JsonObject frame, long received) {
    String type = frame.getString("type", "");
    switch (type) {
      case "welcome" -> welcomed.complete(null);
      case "offer" -> {
        JsonObject offer = frame.getJsonObject("offer");
        offered.apply(offer.getString("contactId")).offered(this, received);
      }
      case "error" -> meter.problem("agent_error", username + ": " + frame.getString("message"));
      case "offerWithdrawn" -> meter.problem("agent_offer_withdrawn", frame);
      case "contactReturned" -> meter.problem("agent_contact_returned", frame);
      default -> {
        LoadCall call =
            type.startsWith("call") ? existing.apply(frame.getString("conversationId")) : null;
        if (call != null) {
          call.atAgent(frame, received);
        }
        // contactState, presence, pong: hints only; late frames of a finished call
      }
    }
  }

  @Override
  protected void lost(String why) {
    welcomed.completeExceptionally(new IllegalStateException(why));
    meter.problem("agent_lost", username + ": " + why);
  }

  void heartbeat() {
    send(CallFrames.ping(++pings));
  }
}
