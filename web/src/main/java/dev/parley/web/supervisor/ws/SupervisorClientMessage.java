package dev.parley.web.supervisor.ws;

import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;

/**
 * What a wallboard may send on {@code /ws/supervisor}. Unknown types are answered with an {@code
 * error} by {@link SupervisorCodec}.
 */
@JsonbTypeInfo(
    key = "type",
    value = {
      @JsonbSubtype(alias = "ping", type = SupervisorClientMessage.Ping.class),
      @JsonbSubtype(alias = "refresh", type = SupervisorClientMessage.Refresh.class)
    })
public sealed interface SupervisorClientMessage {

  /** Keep-alive; answered with {@link SupervisorServerMessage.Pong} carrying the same seq. */
  record Ping(long seq) implements SupervisorClientMessage {}

  /** Send me the whole board again (a {@code snapshot}, with the next read of the board). */
  record Refresh() implements SupervisorClientMessage {}
}
