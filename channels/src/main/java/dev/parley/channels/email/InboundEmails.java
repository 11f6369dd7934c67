package dev.parley.channels.email;

import dev.parley.channels.email.mime.MailAddress;
import dev.parley.channels.email.mime.MailPart;
import dev.parley.channels.email.mime.ParsedMail;
import dev.parley.channels.email.mime.Problem;
import dev.parley.email.InboundEmail;
import java.util.List;

/** A parsed message as the e-mail store files it. */
final class InboundEmails {

  private InboundEmails() {}

  static InboundEmail of(ParsedMail m) {
    MailAddress from = m.from() != null ? m.from() : m.sender();
    return new InboundEmail(
        m.messageId(),
        m.inReplyTo(),
        m.references(),
        m.subject(),
        from == null ? null : from.address(),
        from == null ? null : from.name(),
        m.replyTo().isEmpty() ? null : m.replyTo().get(0).address(),
        addresses(m.to()),
        addresses(m.cc()),
        m.date(),
        m.text(),
        m.html(),
        m.attachments().stream().map(InboundEmails::part).toList(),
        m.problems().stream().map(Problem::text).toList(),
        m.flagged(),
        m.automatic() ? m.automaticReason() : null);
  }

  private static List<String> addresses(List<MailAddress> all) {
    return all.stream().map(MailAddress::address).filter(a -> a != null && !a.isBlank()).toList();
  }

  private static InboundEmail.Part part(MailPart p) {
    return new InboundEmail.Part(
        p.filename(), p.contentType(), p.contentId(), p.inline(), p.content());
  }
}
