package dev.parley.web.visitor.ws;

import dev.parley.web.platform.call.CallWire;
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
      @JsonbSubtype(alias = "ping", type = VisitorClientMessage.Ping.class),
      @JsonbSubtype(alias = "callJoin", type = VisitorClientMessage.CallJoin.class),
      @JsonbSubtype(alias = "callSdp", type = VisitorClientMessage.CallSdp.class),
      @JsonbSubtype(alias = "callIce", type = VisitorClientMessage.CallIce.class),
      @JsonbSubtype(alias = "callRestartIce", type = VisitorClientMessage.CallRestartIce.class),
      @JsonbSubtype(alias = "callLeave", type = VisitorClientMessage.CallLeave.class),
      @JsonbSubtype(alias = "keepPlace", type = VisitorClientMessage.KeepPlace.class)
    })
public sealed interface VisitorClientMessage {

  /** The first frame: the token kept from before (or null) and the last seq seen. */
  record Hello(String token, long lastSeq) implements VisitorClientMessage {}

  /** {@code channel}: CHAT (or null), VOICE or VIDEO (docs/call-protocol.md). */
  record Start(String option, String name, String email, String text, String channel)
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

  /** Calls (docs/call-protocol.md): the conversation is the visitor's open one. */
  record CallJoin(boolean video) implements VisitorClientMessage {}

  record CallSdp(String peer, CallWire.Description description) implements VisitorClientMessage {}

  record CallIce(String peer, CallWire.Candidate candidate) implements VisitorClientMessage {}

  record CallRestartIce(String peer) implements VisitorClientMessage {}

  record CallLeave() implements VisitorClientMessage {}

  record KeepPlace() implements VisitorClientMessage {}
}
