package dev.parley.web.visitor.ws;

import jakarta.json.bind.annotation.JsonbSubtype;
import jakarta.json.bind.annotation.JsonbTypeInfo;
import java.util.List;

/** What a visitor's widget may send on {@code /ws/visitor/{entryPoint}} (docs/chat-protocol.md). */
@JsonbTypeInfo(
    key = "type",
    value = {
      @JsonbSubtype(alias = "hello", type = VisitorClientMessage.Hello.class),
      @JsonbSubtype(alias = "start", type = VisitorClientMessage.Start.class),
      @JsonbSubtype(alias = "message", type = VisitorClientMessage.Say.class),
      @JsonbSubtype(alias = "typing", type = VisitorClientMessage.Typing.class),
      @JsonbSubtype(alias = "read", type = VisitorClientMessage.Read.class),
      @JsonbSubtype(alias = "end", type = VisitorClientMessage.End.class),
      @JsonbSubtype(alias = "rate", type = VisitorClientMessage.Rate.class),
      @JsonbSubtype(alias = "transcript", type = VisitorClientMessage.Transcript.class),
      @JsonbSubtype(alias = "leaveMessage", type = VisitorClientMessage.LeaveMessage.class),
      @JsonbSubtype(alias = "ping", type = VisitorClientMessage.Ping.class)
    })
public sealed interface VisitorClientMessage {

  /** The first frame: the token kept from before (or null) and the last seq seen. */
  record Hello(String token, long lastSeq) implements VisitorClientMessage {}

  record Start(String option, String name, String email, String text)
      implements VisitorClientMessage {}

  record Say(String clientId, String text, List<String> attachments)
      implements VisitorClientMessage {}

  record Typing(boolean active) implements VisitorClientMessage {}

  record Read(long seq) implements VisitorClientMessage {}

  record End() implements VisitorClientMessage {}

  record Rate(int score, String comment) implements VisitorClientMessage {}

  record Transcript(String email) implements VisitorClientMessage {}

  record LeaveMessage(String name, String email, String text) implements VisitorClientMessage {}

  record Ping(long seq) implements VisitorClientMessage {}
}
