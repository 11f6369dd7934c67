package dev.parley.channels.email.out;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Composes a notice — mail Parley sends on its own, in no thread (a chat transcript, a voicemail
 * notification) — as MIME: From, To, Subject, Date, a Message-ID of Parley's domain, {@code
 * Auto-Submitted: auto-generated} (RFC 3834: nobody's answer, so auto-responders stay quiet) and
 * the text as one {@code text/plain; charset=UTF-8} part. No In-Reply-To or References: it answers
 * nothing. Header values never carry CR or LF.
 */
public final class NoticeComposer {

  private static final Session SESSION = Session.getInstance(new Properties());

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
    try {
      MimeMessage m =
          new MimeMessage(SESSION) {
            @Override
            protected void updateMessageID() throws MessagingException {
              setHeader("Message-ID", "<" + ReplyComposer.oneLine(d.messageId()) + ">");
            }
          };
      m.setFrom(d.from());
      m.setRecipients(
          jakarta.mail.Message.RecipientType.TO, d.to().toArray(InternetAddress[]::new));
      m.setSubject(ReplyComposer.oneLine(d.subject()), "UTF-8");
      m.setSentDate(Date.from(d.date()));
      m.setHeader("Auto-Submitted", "auto-generated");
      m.setHeader("X-Auto-Response-Suppress", "All");
      m.setText(d.text(), "UTF-8", "plain");
      m.saveChanges();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      m.writeTo(out);
      return out.toByteArray();
    } catch (MessagingException e) {
      throw new IllegalArgumentException("the notice could not be composed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
