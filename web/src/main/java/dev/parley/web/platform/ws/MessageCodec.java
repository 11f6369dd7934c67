package dev.parley.web.ws;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.Json;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads and writes the typed JSON frames; a frame that is not a known message is refused. */
@ApplicationScoped
public class MessageCodec {

  /** A frame the codec could not turn into a {@link ClientMessage}. */
  public static final class InvalidFrameException extends Exception {
    InvalidFrameException(String message) {
      super(message);
    }
  }

  private static final Map<Class<?>, String> SERVER_ALIASES = aliases(ServerMessage.class);

  /** Each alias as a JSON string literal, quoted once. */
  private static final Map<String, String> TYPE_NAMES =
      SERVER_ALIASES.values().stream()
          .distinct()
          .collect(Collectors.toUnmodifiableMap(a -> a, a -> Json.createValue(a).toString()));

  private final Jsonb jsonb = dev.parley.web.json.JsonbProvider.create();

  public ClientMessage read(String frame) throws InvalidFrameException {
    if (frame == null || frame.isBlank()) {
      throw new InvalidFrameException("empty frame");
    }
    try {
      ClientMessage message = jsonb.fromJson(frame, ClientMessage.class);
      if (message == null) {
        throw new InvalidFrameException("frame is not a message object");
      }
      return message;
    } catch (JsonbException e) {
      throw new InvalidFrameException("not a valid message: expected JSON with a known \"type\"");
    }
  }

  /**
   * Writes {@code {"type": alias, ...components}}. The alias comes from the
   * {@link JsonbTypeInfo} on {@link ServerMessage}, the one place message names are declared;
   * the discriminator is added here unless the JSON-B implementation already wrote it (not all
   * apply type info to records on serialization). It is spliced in front of the object JSON-B
   * wrote (no parse and rebuild: this runs for every frame pushed to every agent).
   */
  public String write(ServerMessage message) {
    String alias = SERVER_ALIASES.get(message.getClass());
    if (alias == null) {
      throw new IllegalArgumentException("no @JsonbSubtype for " + message.getClass().getName());
    }
    String body = jsonb.toJson(message).strip();
    if (body.length() < 2 || body.charAt(0) != '{') {
      throw new IllegalStateException("JSON-B wrote a " + message.getClass().getSimpleName() + " as a non-object");
    }
    String type = "{\"type\":" + TYPE_NAMES.get(alias);
    if (body.startsWith(type)) {
      return body; // this JSON-B already applied the type info (Yasson does for records)
    }
    String rest = body.substring(1).stripLeading();
    return rest.startsWith("}") ? type + "}" : type + "," + rest;
  }

  private static Map<Class<?>, String> aliases(Class<?> sealedType) {
    return Arrays.stream(sealedType.getAnnotation(JsonbTypeInfo.class).value())
        .collect(Collectors.toUnmodifiableMap(JsonbSubtype::type, JsonbSubtype::alias));
  }

  @PreDestroy
  void close() {
    try {
      jsonb.close();
    } catch (Exception e) {
      java.util.logging.Logger.getLogger(MessageCodec.class.getName()).fine(() -> "closing JSON-B: " + e);
    }
  }
}
