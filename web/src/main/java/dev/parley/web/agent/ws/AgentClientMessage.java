package dev.parley.web.agent.ws;

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
      @JsonbSubtype(alias = "typing", type = AgentClientMessage.Typing.class)
    })
public sealed interface AgentClientMessage {

  /**
   * Keep-alive and latency probe; answered with {@link AgentServerMessage.Pong} carrying the same
   * seq.
   */
  record Ping(long seq) implements AgentClientMessage {}

  /** You are typing in a conversation (or stopped): told to the customer. */
  record Typing(String conversationId, boolean active) implements AgentClientMessage {}
}
