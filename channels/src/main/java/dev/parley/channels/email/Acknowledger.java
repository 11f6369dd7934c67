package dev.parley.channels.email;

import dev.parley.channels.email.out.ReplyComposer;
import dev.parley.email.Acknowledgement;
import dev.parley.email.Acknowledging;
import dev.parley.email.EmailThread;
import dev.parley.email.InboundEmail;
import dev.parley.email.MailStore;
import dev.parley.email.NewOutbound;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Composes the acknowledgement of a customer's first message of a thread from the template (the
 * other text while the queue is closed), for {@link MailStore#file(String, InboundEmail,
 * dev.parley.email.Acknowledging)} to queue in the filing's transaction. Never to automatic mail
 * (RFC 3834: the parser's {@code automatic} — auto-submitted, bulk, list mail, mailer-daemons,
 * bounces), never to a no-reply or one of Parley's own addresses; the store adds the rest of the
 * loop protection (at most one per sender per period).
 */
final class Acknowledger {

  private static final Logger LOG = Logger.getLogger(Acknowledger.class.getName());

  private final Senders senders;
  private final Clock clock;

  Acknowledger(Senders senders, Clock clock) {
    this.senders = senders;
    this.clock = clock;
  }

  /**
   * What filing {@code email} (stored as {@code mail}) may acknowledge it with. An acknowledgement
   * that cannot be composed (an address the mail library refuses) is skipped and logged: it must
   * never keep the message from being filed.
   */
  Acknowledging of(String mail, InboundEmail email) {
    return (thread, afterHours, template) -> {
      try {
        return compose(mail, email, thread, afterHours, template);
      } catch (RuntimeException e) {
        LOG.log(
            Level.WARNING, "event=email.ack.failed mail=%s (filed without one)".formatted(mail), e);
        return Optional.empty();
      }
    };
  }

  Optional<NewOutbound> compose(
      String mail,
      InboundEmail email,
      EmailThread thread,
      boolean afterHours,
      Acknowledgement template) {
    String customer = email.fromAddress();
    if (email.automatic() != null || !template.enabled() || !answerable(customer, thread)) {
      return Optional.empty();
    }
    String ticket = "[#" + thread.ticket() + "]";
    String subject =
        Threading.tagged(fill(template.subject(), thread, email, ticket), thread.ticket());
    String text =
        fill(afterHours ? template.afterHoursText() : template.text(), thread, email, ticket);
    InternetAddress fromAddress = ReplyComposer.address(senders.fromAddress(thread.mailbox()));
    InternetAddress to = ReplyComposer.address(customer);
    String messageId = senders.messageId(thread.mailbox());
    List<String> refs = email.messageId() == null ? List.of() : List.of(email.messageId());
    byte[] mime =
        ReplyComposer.compose(
            new ReplyComposer.Draft(
                fromAddress,
                List.of(to),
                List.of(),
                subject,
                messageId,
                email.messageId(),
                refs,
                text,
                List.of(),
                clock.instant(),
                ReplyComposer.Written.AUTO_REPLIED));
    return Optional.of(
        new NewOutbound(
            "ack:" + mail,
            null,
            "Parley",
            text,
            List.of(),
            messageId,
            subject,
            fromAddress.getAddress(),
            null,
            List.of(to.getAddress()),
            List.of(),
            text,
            fromAddress.getAddress(),
            List.of(to.getAddress()),
            mime));
  }

  private static boolean answerable(String address, EmailThread thread) {
    if (address == null || !address.contains("@")) {
      return false;
    }
    String a = address.toLowerCase(Locale.ROOT);
    String local = a.substring(0, a.indexOf('@'));
    if (local.matches("no-?reply|do-?not-?reply|mailer-daemon|postmaster|bounces?")) {
      return false;
    }
    return thread.mailbox() == null || !a.equalsIgnoreCase(thread.mailbox());
  }

  private static String fill(
      String template, EmailThread thread, InboundEmail email, String ticket) {
    String name = email.fromName() == null || email.fromName().isBlank() ? "" : email.fromName();
    return template
        .replace("{ticket}", ticket)
        .replace("{subject}", thread.subject() == null ? "" : thread.subject())
        .replace("{customer.name}", name)
        .replace("Hello ,", "Hello,");
  }
}
