package dev.parley.web.agent.ws;

import dev.parley.web.platform.call.CallWire;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;

/**
 * What a workstation may send on {@code /ws/agent}. Unknown types are rejected by {@link
 * AgentCodec}.
 */
@JsonbTypeInfo(
    key = "type",
    value = {
      @JsonbSubtype(alias = "ping", type = AgentClientMessage.Ping.class),
      @JsonbSubtype(alias = "typing", type = AgentClientMessage.Typing.class),
      @JsonbSubtype(alias = "callJoin", type = AgentClientMessage.CallJoin.class),
      @JsonbSubtype(alias = "callSdp", type = AgentClientMessage.CallSdp.class),
      @JsonbSubtype(alias = "callIce", type = AgentClientMessage.CallIce.class),
      @JsonbSubtype(alias = "callRestartIce", type = AgentClientMessage.CallRestartIce.class),
      @JsonbSubtype(alias = "callLeave", type = AgentClientMessage.CallLeave.class)
    })
public sealed interface AgentClientMessage {

  /**
   * Keep-alive and latency probe; answered with {@link AgentServerMessage.Pong} carrying the same
   * seq.
   */
  record Ping(long seq) implements AgentClientMessage {}

  /** You are typing in a conversation (or stopped): told to the customer. */
  record Typing(String conversationId, boolean active) implements AgentClientMessage {}

  /** Calls (docs/call-protocol.md): {@code conversationId} is the customer's call. */
  record CallJoin(String conversationId, boolean video) implements AgentClientMessage {}

  record CallSdp(String conversationId, String peer, CallWire.Description description)
      implements AgentClientMessage {}

  record CallIce(String conversationId, String peer, CallWire.Candidate candidate)
      implements AgentClientMessage {}

  record CallRestartIce(String conversationId, String peer) implements AgentClientMessage {}

  record CallLeave(String conversationId) implements AgentClientMessage {}
}
