package dev.parley.email;

import java.time.Instant;
import java.util.List;

/**
 * The e-mail side of conversation message {@code seq}: headers, the whole text, the HTML as sent
 * ({@code html}, unsafe: sanitize before showing it), its files ({@code contentId} set for inline
 * images the HTML refers to as {@code cid:}), what was wrong with it.
 */
public record EmailMessage(
    long seq,
    Direction direction,
    String messageId,
    String subject,
    String fromAddress,
    String fromName,
    List<String> to,
    List<String> cc,
    Instant sentAt,
    String text,
    String html,
    List<File> files,
    List<String> problems,
    boolean flagged) {

  public EmailMessage {
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    files = List.copyOf(files);
    problems = List.copyOf(problems);
  }

  /** Which way it went. */
  public enum Direction {
    INBOUND,
    OUTBOUND
  }

  /** A kept file (a conversation attachment) and the Content-ID it had, or null. */
  public record File(String attachmentId, String contentId) {}
}
