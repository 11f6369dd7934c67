package dev.parley.email;

import java.time.Instant;
import java.util.List;

/**
 * A received message as the channel parsed it, ready to file. Ids are without angle brackets;
 * {@code text} is the plain text (rendered from the HTML when only HTML came); {@code html} the
 * HTML as sent (sanitized whenever shown); {@code problems} what was wrong with it (a message with
 * problems is flagged for an agent); {@code automatic} says why the message must get no automatic
 * answer (RFC 3834: auto-submitted, bulk or list mail, a mailer-daemon), or null.
 */
public record InboundEmail(
    String messageId,
    List<String> inReplyTo,
    List<String> references,
    String subject,
    String fromAddress,
    String fromName,
    String replyTo,
    List<String> to,
    List<String> cc,
    Instant sentAt,
    String text,
    String html,
    List<Part> attachments,
    List<String> problems,
    boolean flagged,
    String automatic) {

  public InboundEmail {
    inReplyTo = List.copyOf(inReplyTo);
    references = List.copyOf(references);
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    attachments = List.copyOf(attachments);
    problems = List.copyOf(problems);
  }

  /** An attachment or inline image ({@code contentId} set when the HTML refers to it). */
  public record Part(
      String fileName, String contentType, String contentId, boolean inline, byte[] content) {}
}
