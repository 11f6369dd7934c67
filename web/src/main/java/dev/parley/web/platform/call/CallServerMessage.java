package dev.parley.web.platform.call;

import dev.parley.call.CallEvent;
import dev.parley.call.CallSetup;
import dev.parley.call.CallSignal;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.util.List;

/**
 * What the server tells a call's party, the same on the visitor and the agent socket
 * (docs/call-protocol.md); written by {@link CallCodec}.
 */
@JsonbTypeInfo(
    key = "type",
    value = {
      @JsonbSubtype(alias = "callPeers", type = CallServerMessage.CallPeers.class),
      @JsonbSubtype(alias = "callPeerJoined", type = CallServerMessage.CallPeerJoined.class),
      @JsonbSubtype(alias = "callPeerLeft", type = CallServerMessage.CallPeerLeft.class),
      @JsonbSubtype(alias = "callSdp", type = CallServerMessage.CallSdp.class),
      @JsonbSubtype(alias = "callIce", type = CallServerMessage.CallIce.class),
      @JsonbSubtype(alias = "callRestartIce", type = CallServerMessage.CallRestartIce.class),
      @JsonbSubtype(alias = "callHold", type = CallServerMessage.CallHold.class),
      @JsonbSubtype(alias = "callRing", type = CallServerMessage.CallRing.class),
      @JsonbSubtype(alias = "callFailed", type = CallServerMessage.CallFailed.class),
      @JsonbSubtype(alias = "callMonitor", type = CallServerMessage.CallMonitor.class)
    })
public sealed interface CallServerMessage {

  /** Answer to {@code callJoin}: whom to connect to and how. */
  record CallPeers(
      String conversationId,
      String mode,
      List<CallWire.PeerView> peers,
      List<CallWire.IceServerView> iceServers,
      boolean held,
      boolean musicFromServer)
      implements CallServerMessage {

    public static CallPeers of(String conversationId, CallSetup s) {
      return new CallPeers(
          conversationId,
          s.mode().name(),
          s.peers().stream().map(CallWire.PeerView::of).toList(),
          s.iceServers().stream().map(CallWire.IceServerView::of).toList(),
          s.held(),
          s.musicFromServer());
    }
  }

  record CallPeerJoined(String conversationId, CallWire.PeerView peer)
      implements CallServerMessage {}

  record CallPeerLeft(String conversationId, String peer) implements CallServerMessage {}

  record CallSdp(String conversationId, String peer, CallWire.Description description)
      implements CallServerMessage {}

  record CallIce(String conversationId, String peer, CallWire.Candidate candidate)
      implements CallServerMessage {}

  record CallRestartIce(String conversationId, String peer) implements CallServerMessage {}

  record CallHold(String conversationId, boolean on, boolean musicFromServer)
      implements CallServerMessage {}

  record CallRing(String conversationId, String agentName) implements CallServerMessage {}

  record CallFailed(String conversationId, String code, String message)
      implements CallServerMessage {}

  /**
   * A supervisor monitors the call ({@code mode} LISTEN, WHISPER, BARGE) or stopped ({@code mode}
   * null); sent to the call's agent and to the supervisor.
   */
  record CallMonitor(String conversationId, String supervisor, String mode)
      implements CallServerMessage {}

  /** The frame that tells {@code event} to its party. */
  static CallServerMessage of(CallEvent event) {
    String id = event.call().value();
    if (event instanceof CallEvent.PeerJoined j) {
      return new CallPeerJoined(id, CallWire.PeerView.of(j.peer()));
    }
    if (event instanceof CallEvent.PeerLeft l) {
      return new CallPeerLeft(id, l.peer());
    }
    if (event instanceof CallEvent.Hold h) {
      return new CallHold(id, h.on(), h.musicFromServer());
    }
    if (event instanceof CallEvent.Ring r) {
      return new CallRing(id, r.agentName());
    }
    if (event instanceof CallEvent.Failed f) {
      return new CallFailed(id, f.code(), f.message());
    }
    if (event instanceof CallEvent.Monitor m) {
      return new CallMonitor(id, m.supervisor(), m.mode() == null ? null : m.mode().name());
    }
    CallEvent.Signal s = (CallEvent.Signal) event;
    if (s.signal() instanceof CallSignal.Description d) {
      return new CallSdp(id, s.from(), CallWire.description(d));
    }
    if (s.signal() instanceof CallSignal.Candidate c) {
      return new CallIce(id, s.from(), CallWire.candidate(c));
    }
    return new CallRestartIce(id, s.from());
  }
}
