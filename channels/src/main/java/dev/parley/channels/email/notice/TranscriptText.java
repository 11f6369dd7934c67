package dev.parley.channels.email.notice;

import static dev.parley.channels.email.out.ReplyComposer.oneLine;

import dev.parley.conversation.AttachmentRef;
import dev.parley.conversation.AuthorRole;
import dev.parley.conversation.ConversationInfo;
import dev.parley.conversation.Message;
import dev.parley.conversation.MessageKind;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The words of a chat transcript: subject and plain text. Only what the visitor could read is in it
 * ({@link Message#forCustomer()}: no internal notes, no agents-only consults or events), in order,
 * each line with its time and its author's display name (the name the visitor saw); files are
 * listed by name and size, never attached. Times are in {@code zone}, which the text names.
 */
final class TranscriptText {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private final ZoneId zone;

  TranscriptText(ZoneId zone) {
    this.zone = zone;
  }

  /** "Your conversation with {@code with} on 5 December 2026". */
  String subject(ConversationInfo c, String with) {
    return "Your conversation with " + with + " on " + DAY.format(c.openedAt().atZone(zone));
  }

  /** The body: a greeting, the visible messages in order, and why this mail came. */
  String text(ConversationInfo c, String with, List<Message> messages) {
    StringBuilder out = new StringBuilder();
    String name = c.customerName() == null || c.customerName().isBlank() ? null : c.customerName();
    out.append(name == null ? "Hello," : "Hello " + name + ",").append("\n\n");
    out.append("here is the transcript of your conversation with ")
        .append(with)
        .append(" on ")
        .append(DAY.format(c.openedAt().atZone(zone)))
        .append(" (times in ")
        .append(zoneName())
        .append(").\n\n");
    for (Message m : messages) {
      if (!m.forCustomer()) {
        continue;
      }
      out.append('[').append(time(m.at())).append("] ");
      String text = m.text() == null ? "" : m.text().strip();
      if (m.kind() == MessageKind.EVENT || m.author().role() == AuthorRole.SYSTEM) {
        out.append(indent(text)).append('\n');
      } else {
        out.append(author(m)).append(": ").append(indent(text)).append('\n');
      }
      for (AttachmentRef a : m.attachments()) {
        out.append("        File: ")
            .append(oneLine(a.name()))
            .append(" (")
            .append(size(a.size()))
            .append(")\n");
      }
    }
    out.append("\n-- \nYou asked for this transcript in the chat; it was sent automatically.\n");
    out.append("Files are listed by name only and are not attached.\n");
    return out.toString();
  }

  private String time(Instant at) {
    return TIME.format(at.atZone(zone));
  }

  private String zoneName() {
    return zone.normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
  }

  private static String author(Message m) {
    String n = m.author().name();
    if (n != null && !n.isBlank()) {
      return oneLine(n);
    }
    return m.author().role() == AuthorRole.CUSTOMER ? "You" : "Agent";
  }

  /** A message over several lines keeps its later lines under its first. */
  private static String indent(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\n        ");
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return (bytes + 512) / 1024 + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
