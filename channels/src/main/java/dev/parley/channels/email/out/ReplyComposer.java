package dev.parley.channels.email.out;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Composes a reply as MIME: From, To, Cc, a subject carrying the ticket token, a Message-ID of
 * Parley's domain, In-Reply-To and References naming the messages answered, the text as a {@code
 * text/plain; charset=UTF-8} part and each file as an attachment. Header values never carry CR or
 * LF (a newline in a subject is a space; an address with one is refused).
 */
public final class ReplyComposer {

  private static final Session SESSION = Session.getInstance(new Properties());

  /** A file to attach. */
  public record File(String name, String type, byte[] content) {}

  /**
   * Who wrote it, as RFC 3834's {@code Auto-Submitted} says: a person ({@code no}), an automatic
   * answer to a message ({@code auto-replied}), or mail Parley sends on its own, answering nothing
   * ({@code auto-generated}). Either automatic kind keeps auto-responders quiet.
   */
  public enum Written {
    BY_AGENT("no"),
    AUTO_REPLIED("auto-replied"),
    AUTO_GENERATED("auto-generated");

    final String header;

    Written(String header) {
      this.header = header;
    }
  }

  /** What to compose. {@code references} oldest first; {@code inReplyTo} may be null. */
  public record Draft(
      InternetAddress from,
      List<InternetAddress> to,
      List<InternetAddress> cc,
      String subject,
      String messageId,
      String inReplyTo,
      List<String> references,
      String text,
      List<File> files,
      Instant date,
      Written written) {}

  private ReplyComposer() {}

  /**
   * The text as UTF-8 bytes behind a data source. Not {@code setText}: a text object needs a
   * content handler looked up through the activation framework on every write, which scans the
   * class path each time (most of the cost of composing a short acknowledgement); bytes are copied.
   */
  private static DataHandler plainText(String text) {
    return new DataHandler(
        new ByteArrayDataSource(
            text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8"));
  }

  /**
   * The message's bytes, ready for SMTP. A text-only message is written under the mail
   * implementation's loader ({@link MailLoader}: the common case, replies and acknowledgements
   * without files, notices); one with files under the caller's, whose class path holds the
   * activation framework's handler for multipart content, which the implementation's module does
   * not show.
   */
  public static byte[] compose(Draft d) {
    return d.files().isEmpty() ? MailLoader.run(() -> build(d)) : build(d);
  }

  private static byte[] build(Draft d) {
    try {
      MimeMessage m =
          new MimeMessage(SESSION) {
            @Override
            protected void updateMessageID() throws MessagingException {
              setHeader("Message-ID", "<" + d.messageId() + ">");
            }
          };
      m.setFrom(d.from());
      m.setRecipients(
          jakarta.mail.Message.RecipientType.TO, d.to().toArray(InternetAddress[]::new));
      if (!d.cc().isEmpty()) {
        m.setRecipients(
            jakarta.mail.Message.RecipientType.CC, d.cc().toArray(InternetAddress[]::new));
      }
      m.setSubject(oneLine(d.subject()), "UTF-8");
      m.setSentDate(Date.from(d.date()));
      if (d.inReplyTo() != null) {
        m.setHeader("In-Reply-To", "<" + oneLine(d.inReplyTo()) + ">");
      }
      if (!d.references().isEmpty()) {
        m.setHeader(
            "References",
            String.join(" ", d.references().stream().map(r -> "<" + oneLine(r) + ">").toList()));
      }
      // RFC 3834: automatic mail says so, so that nothing answers it automatically again
      m.setHeader("Auto-Submitted", d.written().header);
      if (d.written() != Written.BY_AGENT) {
        m.setHeader("X-Auto-Response-Suppress", "All");
      }
      if (d.files().isEmpty()) {
        m.setDataHandler(plainText(d.text()));
      } else {
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setDataHandler(plainText(d.text()));
        mixed.addBodyPart(text);
        for (File f : d.files()) {
          MimeBodyPart part = new MimeBodyPart();
          part.setDataHandler(new DataHandler(new ByteArrayDataSource(f.content(), f.type())));
          part.setFileName(oneLine(f.name()));
          part.setDisposition(MimeBodyPart.ATTACHMENT);
          mixed.addBodyPart(part);
        }
        m.setContent(mixed);
      }
      m.saveChanges();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      m.writeTo(out);
      return out.toByteArray();
    } catch (MessagingException e) {
      throw new IllegalArgumentException("the reply could not be composed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An address as typed by an agent; refused when it is not one address. */
  public static InternetAddress address(String typed) {
    if (typed == null || typed.isBlank() || typed.matches("(?s).*[\\r\\n\\x00].*")) {
      throw new IllegalArgumentException("not an e-mail address: " + typed);
    }
    try {
      InternetAddress a = new InternetAddress(typed.strip(), true);
      if (a.getAddress() == null || !a.getAddress().contains("@") || a.isGroup()) {
        throw new IllegalArgumentException("not an e-mail address: " + typed);
      }
      return a;
    } catch (AddressException e) {
      throw new IllegalArgumentException("not an e-mail address: " + typed, e);
    }
  }

  /** {@code name <address>}, the name encoded as needed. */
  public static InternetAddress address(String address, String name) {
    InternetAddress a = address(address);
    try {
      return name == null || name.isBlank()
          ? a
          : new InternetAddress(a.getAddress(), oneLine(name), StandardCharsets.UTF_8.name());
    } catch (java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code s} on one line: CR, LF and NUL runs become a space (null: empty). */
  public static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("[\\r\\n\\x00]+", " ").strip();
  }
}
