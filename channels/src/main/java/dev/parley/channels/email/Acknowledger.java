package dev.parley.channels.email;

import dev.parley.channels.email.out.ReplyComposer;
import dev.parley.email.Acknowledgement;
import dev.parley.email.EmailThread;
import dev.parley.email.InboundEmail;
import dev.parley.email.MailStore;
import dev.parley.email.NewOutbound;
import dev.parley.email.StoredMail;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Answers a customer's first message of a thread with the acknowledgement template (the other text
 * while the queue is closed), through the outbox. Never to automatic mail (RFC 3834: the parser's
 * {@code automatic} — auto-submitted, bulk, list mail, mailer-daemons, bounces), never to a
 * no-reply or one of Parley's own addresses, and at most once per sender per period.
 */
final class Acknowledger {

  private static final Logger LOG = Logger.getLogger(Acknowledger.class.getName());

  private final MailStore store;
  private final Senders senders;
  private final Clock clock;

  Acknowledger(MailStore store, Senders senders, Clock clock) {
    this.store = store;
    this.senders = senders;
    this.clock = clock;
  }

  /** Sends the acknowledgement {@code filed} calls for, if any; answers whether it queued one. */
  boolean acknowledge(String mail, StoredMail filed, InboundEmail email) {
    if (filed.filed() == null || !filed.filed().newThread() || email.automatic() != null) {
      return false;
    }
    Acknowledgement template = store.acknowledgement();
    String customer = email.fromAddress();
    EmailThread thread = filed.filed().thread();
    if (!template.enabled() || thread == null || !answerable(customer, thread)) {
      return false;
    }
    if (!mayAcknowledge(customer)) {
      LOG.info(() -> "event=email.ack.skipped mail=%s why=sent-recently".formatted(mail));
      return false;
    }
    String ticket = "[#" + thread.ticket() + "]";
    String subject =
        Threading.tagged(fill(template.subject(), thread, email, ticket), thread.ticket());
    String text =
        fill(
            filed.filed().afterHours() ? template.afterHoursText() : template.text(),
            thread,
            email,
            ticket);
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
    store.queueReply(
        filed.contact(),
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
    return true;
  }

  /**
   * Loop protection. Two first messages of one sender filed at the same moment both ask; the
   * database lets one record its acknowledgement, the other is refused: that one gets none.
   */
  private boolean mayAcknowledge(String address) {
    try {
      return store.mayAcknowledge(address);
    } catch (jakarta.ejb.EJBException e) {
      LOG.info(() -> "event=email.ack.skipped why=acknowledged-at-the-same-moment");
      return false;
    }
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
