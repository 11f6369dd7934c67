package dev.parley.web.platform.delivery;

import dev.parley.conversation.AttachmentRef;
import dev.parley.conversation.Message;
import java.time.Instant;
import java.util.List;

/** A conversation message on the wire (docs/chat-protocol.md), for visitors and agents alike. */
public record WireMessage(
    long seq,
    Author author,
    String kind,
    String visibility,
    String text,
    Instant at,
    String clientId,
    List<Attachment> attachments) {

  /** Who wrote it: role and the name shown. */
  public record Author(String role, String name) {}

  /** A file sent with it. */
  public record Attachment(String id, String name, String type, long size) {}

  public static WireMessage of(Message m) {
    return new WireMessage(
        m.seq(),
        new Author(m.author().role().name(), m.author().name()),
        m.kind().name(),
        m.visibility().name(),
        m.text(),
        m.at(),
        m.clientId(),
        m.attachments().stream().map(WireMessage::attachment).toList());
  }

  public static Attachment attachment(AttachmentRef a) {
    return new Attachment(a.id().value(), a.name(), a.type(), a.size());
  }
}
