package dev.parley.web.ws;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.io.StringReader;
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
   * the discriminator is added here because JSON-B implementations do not apply type info to
   * records on serialization.
   */
  public String write(ServerMessage message) {
    String alias = SERVER_ALIASES.get(message.getClass());
    if (alias == null) {
      throw new IllegalArgumentException("no @JsonbSubtype for " + message.getClass().getName());
    }
    JsonObject body;
    try (JsonReader reader = Json.createReader(new StringReader(jsonb.toJson(message)))) {
      body = reader.readObject();
    }
    JsonObjectBuilder framed = Json.createObjectBuilder().add("type", alias);
    body.forEach(framed::add);
    return framed.build().toString();
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
