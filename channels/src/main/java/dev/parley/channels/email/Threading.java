package dev.parley.channels.email;

import dev.parley.email.EmailMessage;
import dev.parley.email.EmailThread;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a reply joins its thread: {@code Re:} and the ticket token on the subject, In-Reply-To the
 * customer's last message, References every message of the thread (oldest first, at most the last
 * 20), and the customer's last message quoted.
 */
record Threading(String subject, String inReplyTo, List<String> references, String quote) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  static Threading of(EmailThread thread, List<EmailMessage> messages) {
    EmailMessage last = null;
    List<String> ids = new ArrayList<>();
    for (EmailMessage m : messages) {
      if (m.messageId() != null && !m.messageId().isBlank()) {
        ids.add(m.messageId());
      }
      if (m.direction() == EmailMessage.Direction.INBOUND) {
        last = m;
      }
    }
    String base = thread.subject() == null ? "" : thread.subject().strip();
    String re = base.regionMatches(true, 0, "Re:", 0, 3) ? base : "Re: " + base;
    String subject = tagged(re, thread.ticket());
    List<String> references = ids.size() > 20 ? ids.subList(ids.size() - 20, ids.size()) : ids;
    return new Threading(
        subject,
        last == null ? null : last.messageId(),
        List.copyOf(references),
        last == null ? "" : quoted(last));
  }

  /** {@code subject} carrying the ticket token {@code [#ticket]}, once. */
  static String tagged(String subject, long ticket) {
    String token = "[#" + ticket + "]";
    return subject.contains(token) ? subject : (subject + " " + token).strip();
  }

  private static String quoted(EmailMessage m) {
    StringBuilder q = new StringBuilder("\n\n");
    String who = m.fromName() == null || m.fromName().isBlank() ? m.fromAddress() : m.fromName();
    q.append(m.sentAt() == null ? "" : "On " + WHEN.format(m.sentAt()) + ", ")
        .append(who)
        .append(" wrote:\n");
    for (String line : (m.text() == null ? "" : m.text()).split("\n", -1)) {
      q.append(line.startsWith(">") ? ">" : "> ").append(line).append('\n');
    }
    return q.toString();
  }
}
