package dev.parley.load.call;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A caller as the widget is one: its own socket on {@code /ws/visitor/call-load} with the run's
 * Origin, {@code hello} without a token, {@code start} with channel VOICE, and — once QUEUED (or
 * already ACTIVE) — {@code callJoin}, from when on its call frames belong to its {@link LoadCall}.
 * It is gone (and its slot free for the next caller) once it hangs up, whatever the reason.
 */
final class CallVisitor extends FrameSocket {
  private static final int QUEUED_WITHIN_SECONDS = 30;

  private final int index;
  private final CallMeter meter;
  private final Function<String, LoadCall> calls;
  private final Runnable gone;
  private volatile long startNanos = Long.MIN_VALUE;
  private LoadCall call; // guarded by this
  private boolean hungUp; // guarded by this

  CallVisitor(int index, CallMeter meter, Function<String, LoadCall> calls, Runnable gone) {
    this.index = index;
    this.meter = meter;
    this.calls = calls;
    this.gone = gone;
  }

  /** Opens the socket; {@code hello} follows on open. Not queued in time: the caller gives up. */
  void open(HttpClient client, URI uri, String origin, ScheduledExecutorService clock) {
    clock.schedule(this::queuedInTime, QUEUED_WITHIN_SECONDS, TimeUnit.SECONDS);
    client
        .newWebSocketBuilder()
        .header("Origin", origin)
        .connectTimeout(Duration.ofSeconds(30))
        .buildAsync(uri, this)
        .whenComplete(
            (ws, e) -> {
              if (e != null) {
                lost("could not connect: " + e);
              }
            });
  }

  @Override
  public void onOpen(java.net.http.WebSocket ws) {
    super.onOpen(ws);
    send(CallFrames.hello());
  }

  @Override
  protected void frame(JsonObject frame, long received) {
    String type = frame.getString("type", "");
    switch (type) {
      case "welcome" ->
          send(
              t -> {
                startNanos = t;
                return CallFrames.startVoice("Load caller " + index);
              });
      case "status" -> status(frame);
      case "error" ->
          meter.problem(
              "visitor_error_" + frame.getString("code", "?"), frame.getString("message", ""));
      default -> {
        if (type.startsWith("call")) {
          LoadCall c = call();
          if (c != null) {
            c.atVisitor(frame, received);
          }
        }
        // queue, pong, message: nothing to do
      }
    }
  }

  /**
   * The first QUEUED or ACTIVE status names the call (an agent may take it so fast that the caller
   * is never told QUEUED); the caller joins its media then, as the widget does while waiting.
   */
  private void status(JsonObject frame) {
    switch (frame.getString("status", "")) {
      case "QUEUED", "ACTIVE" -> {
        LoadCall c;
        synchronized (this) {
          if (call != null || hungUp) {
            return;
          }
          call = calls.apply(frame.getString("conversationId"));
          c = call;
        }
        send(CallFrames.join(null));
        c.visitor(this, startNanos);
      }
      case "ENDED" -> {
        LoadCall c = call();
        if (c != null) {
          c.visitorEnded();
        }
      }
      default -> meter.problem("visitor_status_" + frame.getString("status", "?"), frame);
    }
  }

  private synchronized LoadCall call() {
    return call;
  }

  @Override
  protected void lost(String why) {
    LoadCall c = call();
    if (c != null) {
      c.lost("visitor " + why);
    } else {
      meter.problem("visitor_lost", why);
      meter.ended(System.nanoTime(), false);
      hangUp(false);
    }
  }

  private void queuedInTime() {
    synchronized (this) {
      if (call != null || hungUp) {
        return;
      }
    }
    meter.problem("visitor_not_queued", "caller " + index);
    meter.ended(System.nanoTime(), false);
    hangUp(true);
  }

  /**
   * Leaves, ending the call first when {@code end} (a call given up); then closes. Once only; frees
   * the caller's slot. Frames arriving after this are not read.
   */
  void hangUp(boolean end) {
    synchronized (this) {
      if (hungUp) {
        return;
      }
      hungUp = true;
    }
    if (end) {
      send("{\"type\":\"end\"}");
    }
    close();
    gone.run();
  }
}
