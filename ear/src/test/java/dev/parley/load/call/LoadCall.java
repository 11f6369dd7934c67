package dev.parley.load.call;

import dev.parley.load.LoadHttp;
import jakarta.json.JsonObject;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One call of the run, both halves: the visitor who started it and the agent it was offered to.
 * Each side offers when the server tells it to ({@code offer: true}), answers an offer, and after
 * its SDP sends its ICE candidates and an end of candidates. Once both sides have everything, the
 * call talks for {@code talk-ms}, the agent holds it for {@code hold-ms} and resumes, talks again
 * and hangs up; the call is done when the agent's end is answered and the visitor is told ENDED. A
 * call not done by its deadline fails and is ended from both sides. Frames of both sockets arrive
 * on the HTTP client's threads, so every change is made under the call's monitor.
 */
final class LoadCall {

  /** How far the call got. */
  enum Phase {
    SETUP,
    TALK,
    HOLD,
    RESUMED,
    ENDING,
    DONE,
    FAILED
  }

  /** What one side has received of the other's signaling. */
  private static final class Side {
    boolean offered; // sent its offer or answer
    boolean gotSdp;
    int gotIce;
    boolean gotEnd;

    boolean complete(int candidates) {
      return gotSdp && gotIce >= candidates && gotEnd;
    }
  }

  final String id;
  private final CallLoadOptions options;
  private final LoadHttp http;
  private final ScheduledExecutorService clock;
  private final CallMeter meter;
  private final Consumer<LoadCall> done;
  private final Side visitorSide = new Side();
  private final Side agentSide = new Side();
  private final ScheduledFuture<?> deadline;
  private CallVisitor visitor;
  private CallAgent agent;
  private String agentPeer;
  private Phase phase = Phase.SETUP;
  private long startNanos = Long.MIN_VALUE;
  private long offerNanos = Long.MIN_VALUE;
  private long holdNanos = Long.MIN_VALUE;
  private long acceptNanos = Long.MIN_VALUE;
  private boolean accepted;
  private boolean agentEnded;
  private boolean visitorEnded;

  LoadCall(
      String id,
      CallLoadOptions options,
      LoadHttp http,
      ScheduledExecutorService clock,
      CallMeter meter,
      Consumer<LoadCall> done) {
    this.id = id;
    this.options = options;
    this.http = http;
    this.clock = clock;
    this.meter = meter;
    this.done = done;
    long seconds = 60 + (2L * options.talkMillis() + options.holdMillis()) / 1000;
    this.deadline = clock.schedule(this::overdue, seconds, TimeUnit.SECONDS);
  }

  /** The visitor's call is QUEUED under this id; it sent {@code start} at {@code startNanos}. */
  synchronized void visitor(CallVisitor v, long startNanos) {
    if (visitor != null || finished()) {
      v.hangUp(true);
      return;
    }
    visitor = v;
    this.startNanos = startNanos;
    meter.started(startNanos);
    rang();
  }

  /** The call rang at {@code agent}; it answers at once. */
  synchronized void offered(CallAgent a, long receivedNanos) {
    if (agent != null) {
      meter.problem("offered_twice", id + " to " + a.username + " after " + agent.username);
      return;
    }
    agent = a;
    agentPeer = "agent:" + a.username;
    offerNanos = receivedNanos;
    rang();
    acceptNanos = System.nanoTime();
    http.postAsync(a.cookie, "api/agent/offers/" + id + "/accept", "")
        .whenComplete(
            (r, e) -> {
              if (e != null || r.statusCode() != 200) {
                meter.problem(
                    "accept", id + ": " + (e != null ? e : r.statusCode() + " " + r.body()));
                return;
              }
              synchronized (this) {
                accepted = true;
                if (finished()) {
                  endAtAgent();
                  return;
                }
              }
              a.send(CallFrames.join(id));
            });
  }

  private void rang() {
    if (startNanos != Long.MIN_VALUE && offerNanos != Long.MIN_VALUE) {
      meter.ring(startNanos, offerNanos);
    }
  }

  /** A call frame for the visitor. */
  synchronized void atVisitor(JsonObject frame, long received) {
    switch (frame.getString("type")) {
      case "callPeers" -> {
        for (JsonObject p : frame.getJsonArray("peers").getValuesAs(JsonObject.class)) {
          peerAtVisitor(p);
        }
      }
      case "callPeerJoined" -> peerAtVisitor(frame.getJsonObject("peer"));
      case "callSdp" -> {
        agentPeer = frame.getString("peer");
        JsonObject d = frame.getJsonObject("description");
        meter.sdp(CallFrames.sdpSentNanos(d.getString("sdp")), received);
        visitorSide.gotSdp = true;
        if ("offer".equals(d.getString("type"))) {
          signal(visitor, agentPeer, visitorSide, "answer");
        }
        progressed();
      }
      case "callIce" -> {
        ice(visitorSide, frame, received);
        progressed();
      }
      case "callHold" -> {
        boolean on = frame.getBoolean("on");
        if (on == (phase == Phase.HOLD) && holdNanos != Long.MIN_VALUE) {
          meter.holdPush(holdNanos, received);
          holdNanos = Long.MIN_VALUE;
        }
      }
      default -> {
        // callPeerLeft: the agent's hang-up, followed by status ENDED
      }
    }
  }

  private void peerAtVisitor(JsonObject peer) {
    agentPeer = peer.getString("id");
    if (peer.getBoolean("offer")) {
      signal(visitor, agentPeer, visitorSide, "offer");
    }
  }

  /** A call frame for the agent. */
  synchronized void atAgent(JsonObject frame, long received) {
    switch (frame.getString("type")) {
      case "callPeers" -> {
        meter.answer(acceptNanos, received);
        for (JsonObject p : frame.getJsonArray("peers").getValuesAs(JsonObject.class)) {
          if (p.getBoolean("offer")) {
            signal(agent, p.getString("id"), agentSide, "offer");
          }
        }
      }
      case "callPeerJoined" -> {
        JsonObject p = frame.getJsonObject("peer");
        if (p.getBoolean("offer")) {
          signal(agent, p.getString("id"), agentSide, "offer");
        }
      }
      case "callSdp" -> {
        JsonObject d = frame.getJsonObject("description");
        meter.sdp(CallFrames.sdpSentNanos(d.getString("sdp")), received);
        agentSide.gotSdp = true;
        if ("offer".equals(d.getString("type"))) {
          signal(agent, frame.getString("peer"), agentSide, "answer");
        }
        progressed();
      }
      case "callIce" -> {
        ice(agentSide, frame, received);
        progressed();
      }
      default -> {
        // callHold (told to every party), callPeerLeft
      }
    }
  }

  /** Sends {@code side}'s SDP ({@code type}) to {@code peer}, then its candidates and their end. */
  private void signal(FrameSocket socket, String peer, Side side, String type) {
    if (side.offered || socket == null) {
      return;
    }
    side.offered = true;
    int bytes = options.sdpBytes();
    socket.send(t -> CallFrames.sdp(id, peer, type, bytes, t));
    for (int i = 0; i < options.candidates(); i++) {
      int n = i;
      socket.send(t -> CallFrames.ice(id, peer, n, t));
    }
    socket.send(t -> CallFrames.ice(id, peer, -1, t));
  }

  private void ice(Side side, JsonObject frame, long received) {
    String candidate = frame.getJsonObject("candidate").getString("candidate", "");
    if (candidate.isEmpty()) {
      side.gotEnd = true;
    } else {
      side.gotIce++;
      meter.ice(CallFrames.iceSentNanos(candidate), received);
    }
  }

  private void progressed() {
    if (phase == Phase.SETUP
        && visitorSide.complete(options.candidates())
        && agentSide.complete(options.candidates())) {
      phase = Phase.TALK;
      later(options.talkMillis(), () -> hold(true));
    }
  }

  private void hold(boolean on) {
    synchronized (this) {
      if (finished()) {
        return;
      }
      phase = on ? Phase.HOLD : Phase.RESUMED;
      holdNanos = System.nanoTime();
    }
    http.postAsync(agent.cookie, "api/agent/calls/" + id + "/hold", "{\"on\":" + on + "}")
        .whenComplete(
            (r, e) -> {
              if (e != null || r.statusCode() != 204) {
                meter.problem(
                    "hold", id + ": " + (e != null ? e : r.statusCode() + " " + r.body()));
              } else if (on) {
                later(options.holdMillis(), () -> hold(false));
              } else {
                later(options.talkMillis(), this::hangUp);
              }
            });
  }

  private void hangUp() {
    synchronized (this) {
      if (finished()) {
        return;
      }
      phase = Phase.ENDING;
    }
    http.postAsync(agent.cookie, "api/agent/contacts/" + id + "/end", "")
        .whenComplete(
            (r, e) -> {
              if (e != null || r.statusCode() != 200) {
                meter.problem("end", id + ": " + (e != null ? e : r.statusCode() + " " + r.body()));
                return;
              }
              synchronized (this) {
                agentEnded = true;
                completeIfEnded();
              }
            });
  }

  /** The visitor was told the call ENDED. */
  synchronized void visitorEnded() {
    if (finished()) {
      return; // told again (a status re-read as the socket closes): nothing new
    }
    visitorEnded = true;
    if (phase != Phase.ENDING) {
      meter.problem("ended_early", id + " in " + phase);
      fail();
      return;
    }
    completeIfEnded();
  }

  private void completeIfEnded() {
    if (agentEnded && visitorEnded && phase == Phase.ENDING) {
      phase = Phase.DONE;
      deadline.cancel(false);
      visitor.hangUp(false);
      meter.ended(System.nanoTime(), true);
      done.accept(this);
    }
  }

  /** Either socket is gone. */
  synchronized void lost(String why) {
    if (!finished()) {
      meter.problem("socket_lost", id + ": " + why);
      fail();
    }
  }

  private void overdue() {
    synchronized (this) {
      if (finished()) {
        return;
      }
      meter.problem("call_overdue_in_" + phase.name().toLowerCase(java.util.Locale.ROOT), id);
      fail();
    }
  }

  /** Ends what is left of the call from both sides and frees its slot. */
  private void fail() {
    if (finished()) {
      return;
    }
    phase = Phase.FAILED;
    deadline.cancel(false);
    if (visitor != null) {
      visitor.hangUp(true);
    }
    if (accepted) {
      endAtAgent();
    }
    meter.ended(System.nanoTime(), false);
    done.accept(this);
  }

  private void endAtAgent() {
    http.postAsync(agent.cookie, "api/agent/contacts/" + id + "/end", "");
  }

  private boolean finished() {
    return phase == Phase.DONE || phase == Phase.FAILED;
  }

  /** Whether the visitor side has been attached (a call known only from an offer has not). */
  synchronized boolean hasVisitor() {
    return visitor != null;
  }

  private void later(int millis, Runnable action) {
    clock.schedule(action, millis, TimeUnit.MILLISECONDS);
  }
}
