package dev.parley.web.ws;

import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;

/** What a workstation may send. Unknown types are rejected by {@link MessageCodec}. */
@JsonbTypeInfo(key = "type", value = {@JsonbSubtype(alias = "ping", type = ClientMessage.Ping.class)})
public sealed interface ClientMessage {

  /** Keep-alive and latency probe; answered with {@link ServerMessage.Pong} carrying the same seq. */
  record Ping(long seq) implements ClientMessage {}
}
