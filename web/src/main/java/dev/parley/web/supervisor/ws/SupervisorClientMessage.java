package dev.parley.web.supervisor.ws;

import dev.parley.web.platform.call.CallWire;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;

/**
 * What a wallboard may send on {@code /ws/supervisor}: the board's keep-alive and refresh, and the
 * monitoring of one live call at a time with its signaling towards the peer the server named
 * (docs/supervisor-protocol.md, "Monitoring"). Unknown types are answered with an {@code error} by
 * {@link SupervisorCodec}.
 */
@JsonbTypeInfo(
    key = "type",
    value = {
      @JsonbSubtype(alias = "ping", type = SupervisorClientMessage.Ping.class),
      @JsonbSubtype(alias = "refresh", type = SupervisorClientMessage.Refresh.class),
      @JsonbSubtype(alias = "monitorStart", type = SupervisorClientMessage.MonitorStart.class),
      @JsonbSubtype(alias = "monitorMode", type = SupervisorClientMessage.MonitorMode.class),
      @JsonbSubtype(alias = "monitorStop", type = SupervisorClientMessage.MonitorStop.class),
      @JsonbSubtype(alias = "callSdp", type = SupervisorClientMessage.CallSdp.class),
      @JsonbSubtype(alias = "callIce", type = SupervisorClientMessage.CallIce.class),
      @JsonbSubtype(alias = "callRestartIce", type = SupervisorClientMessage.CallRestartIce.class)
    })
public sealed interface SupervisorClientMessage {

  /** Keep-alive; answered with {@link SupervisorServerMessage.Pong} carrying the same seq. */
  record Ping(long seq) implements SupervisorClientMessage {}

  /** Send me the whole board again (a {@code snapshot}, with the next read of the board). */
  record Refresh() implements SupervisorClientMessage {}

  /**
   * Monitor the call ({@code mode} LISTEN, WHISPER or BARGE); answered with {@code callPeers}. A
   * call monitored by this socket before is left first.
   */
  record MonitorStart(String conversationId, String mode) implements SupervisorClientMessage {}

  /** Change the mode of the call this socket monitors, without connecting anew. */
  record MonitorMode(String conversationId, String mode) implements SupervisorClientMessage {}

  /** Stop monitoring the call. */
  record MonitorStop(String conversationId) implements SupervisorClientMessage {}

  record CallSdp(String conversationId, String peer, CallWire.Description description)
      implements SupervisorClientMessage {}

  record CallIce(String conversationId, String peer, CallWire.Candidate candidate)
      implements SupervisorClientMessage {}

  record CallRestartIce(String conversationId, String peer) implements SupervisorClientMessage {}
}
