package dev.parley.channels.email.mime;

import java.time.Instant;
import java.util.List;

/**
 * What {@link MailParser} read from one message. Ids are without angle brackets; every string taken
 * from a header is decoded and holds no CR, LF or NUL; lists are never null (but may be empty).
 * {@code text} is never null (empty when the message has no readable body): the plain-text body, or
 * a rendering of the HTML body when only HTML was sent, with any attached message's text appended
 * as a quoted forwarded block. {@code html} is the HTML body as sent (unsafe: show it only through
 * {@link HtmlSanitizer}) or null. Both end their lines with a bare \n. {@code automatic} with its
 * {@code automaticReason} says the message was sent by a machine (RFC 3834 and the usual list and
 * bounce markers), so nothing must answer it automatically.
 */
public record ParsedMail(
    String messageId,
    List<String> inReplyTo,
    List<String> references,
    String subject,
    MailAddress from,
    MailAddress sender,
    List<MailAddress> replyTo,
    List<MailAddress> to,
    List<MailAddress> cc,
    Instant date,
    boolean automatic,
    String automaticReason,
    String text,
    String html,
    List<MailPart> attachments,
    List<Problem> problems) {

  public ParsedMail {
    inReplyTo = List.copyOf(inReplyTo);
    references = List.copyOf(references);
    replyTo = List.copyOf(replyTo);
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    attachments = List.copyOf(attachments);
    problems = List.copyOf(problems);
    text = text == null ? "" : text;
  }

  /**
   * Whether an agent should look at this message before trusting it: some problem {@link
   * Problem#flags} (broken structure, cut content, unreadable text, no sender, header injection).
   */
  public boolean flagged() {
    return problems.stream().anyMatch(Problem::flags);
  }
}
