package dev.parley.web.visitor.ws;

import dev.parley.web.platform.delivery.WireMessage;
import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.time.Instant;

/** What the server sends a visitor's widget (docs/chat-protocol.md). */
@JsonbTypeInfo(
    key = "type",
    value = {
      @JsonbSubtype(alias = "welcome", type = VisitorServerMessage.Welcome.class),
      @JsonbSubtype(alias = "message", type = VisitorServerMessage.ChatMessage.class),
      @JsonbSubtype(alias = "ack", type = VisitorServerMessage.Ack.class),
      @JsonbSubtype(alias = "status", type = VisitorServerMessage.Status.class),
      @JsonbSubtype(alias = "queue", type = VisitorServerMessage.Queue.class),
      @JsonbSubtype(alias = "typing", type = VisitorServerMessage.Typing.class),
      @JsonbSubtype(alias = "delivered", type = VisitorServerMessage.Delivered.class),
      @JsonbSubtype(alias = "read", type = VisitorServerMessage.Read.class),
      @JsonbSubtype(alias = "saved", type = VisitorServerMessage.Saved.class),
      @JsonbSubtype(alias = "error", type = VisitorServerMessage.Error.class),
      @JsonbSubtype(alias = "pong", type = VisitorServerMessage.Pong.class)
    })
public sealed interface VisitorServerMessage {

  /** The open conversation, if any. */
  record Conversation(String id, String status, String agentName) {}

  record Welcome(String token, Conversation conversation) implements VisitorServerMessage {}

  record ChatMessage(String conversationId, WireMessage message) implements VisitorServerMessage {}

  record Ack(String clientId, long seq, Instant at) implements VisitorServerMessage {}

  record Status(String conversationId, String status, String agentName, String text)
      implements VisitorServerMessage {}

  /** {@code keepPlace}: a caller may leave and keep the place (docs/call-protocol.md). */
  record Queue(String conversationId, int position, Integer estimatedWaitSeconds, boolean keepPlace)
      implements VisitorServerMessage {}

  record Typing(String name, boolean active) implements VisitorServerMessage {}

  record Delivered(long seq) implements VisitorServerMessage {}

  record Read(long seq) implements VisitorServerMessage {}

  /** A rating or a transcript request was stored ({@code what}: rate, transcript). */
  record Saved(String what) implements VisitorServerMessage {}

  record Error(String code, String message, String clientId) implements VisitorServerMessage {}

  record Pong(long seq) implements VisitorServerMessage {}
}
