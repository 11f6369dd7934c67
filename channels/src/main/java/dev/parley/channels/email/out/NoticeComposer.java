package dev.parley.channels.email.out;

import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
import java.util.List;

/**
 * Composes a notice — mail Parley sends on its own, in no thread (a chat transcript, a voicemail
 * notification) — as MIME: From, To, Subject, Date, a Message-ID of Parley's domain, {@code
 * Auto-Submitted: auto-generated} (RFC 3834: nobody's answer, so auto-responders stay quiet) and
 * the text as one {@code text/plain; charset=UTF-8} part. No In-Reply-To or References: it answers
 * nothing. Header values never carry CR or LF. Composed by {@link ReplyComposer}, as replies are.
 */
public final class NoticeComposer {

  /** What to compose. */
  public record Draft(
      InternetAddress from,
      List<InternetAddress> to,
      String subject,
      String messageId,
      String text,
      Instant date) {

    public Draft {
      to = List.copyOf(to);
    }
  }

  private NoticeComposer() {}

  /** The notice's bytes, ready for SMTP. */
  public static byte[] compose(Draft d) {
    return ReplyComposer.compose(
        new ReplyComposer.Draft(
            d.from(),
            d.to(),
            List.of(),
            d.subject(),
            d.messageId(),
            null,
            List.of(),
            d.text(),
            List.of(),
            d.date(),
            ReplyComposer.Written.AUTO_GENERATED));
  }
}
