package dev.parley.web.platform.ws;

import dev.parley.web.platform.json.JsonbProvider;
import jakarta.annotation.PreDestroy;
import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads and writes one socket's typed JSON frames; a frame that is not a known message is refused.
 * {@code S} is the sealed interface of what the server sends, {@code C} of what the client may
 * send; each declares its records' {@code type} aliases in its {@link JsonbTypeInfo}, the one place
 * message names are declared. The codec knows no audience: each socket has its own message types
 * and its own codec (a CDI bean subclassing this one with its types, e.g. {@code AgentCodec}), so
 * one socket can neither send nor accept another socket's messages. Thread-safe.
 */
public class MessageCodec<S, C> {

  /** A frame the codec could not turn into a client message. */
  public static final class InvalidFrameException extends Exception {
    InvalidFrameException(String message) {
      super(message);
    }
  }

  private final Class<C> clientType;

  private final Map<Class<?>, String> serverAliases;

  /** Each alias as a JSON string literal, quoted once. */
  private final Map<String, String> typeNames;

  private final Jsonb jsonb = JsonbProvider.create();

  /**
   * @throws IllegalArgumentException when either type does not declare its subtypes with {@link
   *     JsonbTypeInfo}
   */
  public MessageCodec(Class<S> serverType, Class<C> clientType) {
    typeInfo(clientType); // fails fast: a client type without aliases could read nothing
    this.clientType = clientType;
    this.serverAliases = aliases(serverType);
    this.typeNames =
        serverAliases.values().stream()
            .distinct()
            .collect(Collectors.toUnmodifiableMap(a -> a, a -> Json.createValue(a).toString()));
  }

  public C read(String frame) throws InvalidFrameException {
    if (frame == null || frame.isBlank()) {
      throw new InvalidFrameException("empty frame");
    }
    try {
      C message = jsonb.fromJson(frame, clientType);
      if (message == null) {
        throw new InvalidFrameException("frame is not a message object");
      }
      return message;
    } catch (JsonbException e) {
      throw new InvalidFrameException("not a valid message: expected JSON with a known \"type\"");
    }
  }

  /**
   * Writes {@code {"type": alias, ...components}}. The alias comes from the {@link JsonbTypeInfo}
   * on {@code S}; the discriminator is added here unless the JSON-B implementation already wrote it
   * (not all apply type info to records on serialization). It is spliced in front of the object
   * JSON-B wrote (no parse and rebuild: this runs for every frame pushed to every session).
   */
  public String write(S message) {
    String alias = serverAliases.get(message.getClass());
    if (alias == null) {
      throw new IllegalArgumentException("no @JsonbSubtype for " + message.getClass().getName());
    }
    String body = jsonb.toJson(message).strip();
    if (body.length() < 2 || body.charAt(0) != '{') {
      throw new IllegalStateException(
          "JSON-B wrote a " + message.getClass().getSimpleName() + " as a non-object");
    }
    String type = "{\"type\":" + typeNames.get(alias);
    if (body.startsWith(type)) {
      return body; // this JSON-B already applied the type info (Yasson does for records)
    }
    String rest = body.substring(1).stripLeading();
    return rest.startsWith("}") ? type + "}" : type + "," + rest;
  }

  private static Map<Class<?>, String> aliases(Class<?> sealedType) {
    return Arrays.stream(typeInfo(sealedType).value())
        .collect(Collectors.toUnmodifiableMap(JsonbSubtype::type, JsonbSubtype::alias));
  }

  private static JsonbTypeInfo typeInfo(Class<?> messageType) {
    JsonbTypeInfo info = messageType.getAnnotation(JsonbTypeInfo.class);
    if (info == null) {
      throw new IllegalArgumentException(
          messageType.getName() + " declares no @JsonbTypeInfo naming its message types");
    }
    return info;
  }

  /** Called by the container when a subclass that is a bean goes away. */
  @PreDestroy
  protected void close() {
    try {
      jsonb.close();
    } catch (Exception e) {
      java.util.logging.Logger.getLogger(MessageCodec.class.getName())
          .fine(() -> "closing JSON-B: " + e);
    }
  }
}
