package dev.parley.web.ws;

import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.util.List;

/** What the server pushes to a workstation. */
@JsonbTypeInfo(
    key = "type",
    value = {
      @JsonbSubtype(alias = "welcome", type = ServerMessage.Welcome.class),
      @JsonbSubtype(alias = "pong", type = ServerMessage.Pong.class),
      @JsonbSubtype(alias = "error", type = ServerMessage.Error.class)
    })
public sealed interface ServerMessage {

  /** First message after the handshake: who the server thinks you are. */
  record Welcome(String username, List<String> roles) implements ServerMessage {}

  record Pong(long seq) implements ServerMessage {}

  /** A frame the server could not accept; the connection stays open. */
  record Error(String message) implements ServerMessage {}
}
