package dev.parley.load.chat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/** Reading and writing the JSON frames and texts of the run. */
final class Frames {
  /**
   * Looked up once: {@code Json.createReader} finds the provider through ServiceLoader per call.
   */
  static final JsonProvider JSON = JsonProvider.provider();

  private Frames() {}

  static JsonObject parse(String text) {
    try (var reader = JSON.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  /** A message text carrying its send time: {@code <what> t=<System.nanoTime()>}. */
  static String stamped(String what, long sentNanos) {
    return what + " t=" + sentNanos;
  }

  /** The send time of a {@link #stamped} text; {@code Long.MIN_VALUE} when it has none. */
  static long sentNanos(String text) {
    int at = text == null ? -1 : text.lastIndexOf(" t=");
    if (at < 0) {
      return Long.MIN_VALUE;
    }
    try {
      return Long.parseLong(text.substring(at + 3));
    } catch (NumberFormatException e) {
      return Long.MIN_VALUE;
    }
  }

  /** The side that wrote a message, from its {@code author.role}; null for system messages. */
  static ChatLedger.Side author(JsonObject message) {
    JsonObject author = message.getJsonObject("author");
    String role = author == null ? "" : author.getString("role", "");
    return switch (role) {
      case "CUSTOMER" -> ChatLedger.Side.VISITOR;
      case "AGENT" -> ChatLedger.Side.AGENT;
      default -> null;
    };
  }

  static String clientId(JsonObject message) {
    return message.get("clientId") instanceof JsonString s ? s.getString() : null;
  }
}
