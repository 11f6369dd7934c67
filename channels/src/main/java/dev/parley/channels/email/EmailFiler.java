package dev.parley.channels.email;

import dev.parley.channels.email.mime.MailParser;
import dev.parley.email.InboundEmail;
import dev.parley.email.MailEnvelope;
import dev.parley.email.MailStore;
import dev.parley.email.StoredMail;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Files stored messages into their threads: reads the bytes back, parses them ({@link MailParser}:
 * never fails, a malformed message comes out flagged) and hands the result to {@link
 * MailStore#file}. A message that cannot be filed now (the routing writer busy, the database away)
 * stays stored and unfiled; {@link #fileUnfiled} takes it up again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each MailStore call commits alone
public class EmailFiler {

  private static final Logger LOG = Logger.getLogger(EmailFiler.class.getName());

  /** How many unfiled messages one sweep takes. */
  static final int SWEEP = 200;

  private final MailParser parser = new MailParser();

  @EJB MailStore store;

  @Inject Config config;

  private Acknowledger acknowledger() {
    return new Acknowledger(Senders.of(config), Clock.systemUTC());
  }

  /**
   * Files {@code mail}, just stored with envelope sender {@code sender} as {@code raw}, on another
   * thread; the caller (the listener) goes on. The bytes are handed over rather than read back.
   */
  @Asynchronous
  public void fileLater(String mail, String sender, byte[] raw) {
    file(mail, sender, raw);
  }

  /** Files the stored {@code mail} now, read back from the store; answers whether it is filed. */
  public boolean file(String mail) {
    try {
      byte[] raw = store.raw(mail).orElse(null);
      if (raw == null) {
        return false;
      }
      return file(mail, store.envelope(mail).map(MailEnvelope::mailFrom).orElse(null), raw);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "event=email.file.failed mail=%s cause=%s (kept, filed again later)".formatted(mail, e),
          e);
      return false;
    }
  }

  private boolean file(String mail, String sender, byte[] raw) {
    try {
      InboundEmail email = InboundEmails.of(parser.parse(raw, sender));
      // filed and acknowledged in one transaction (the acknowledgement, if any, goes with it)
      StoredMail filed = store.file(mail, email, acknowledger().of(mail, email));
      LOG.fine(
          () ->
              "event=email.filed mail=%s contact=%s acknowledged=%s"
                  .formatted(
                      mail,
                      filed.contact(),
                      filed.filed() != null && filed.filed().acknowledged()));
      return true;
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "event=email.file.failed mail=%s cause=%s (kept, filed again later)".formatted(mail, e),
          e);
      return false;
    }
  }

  /** Files what is stored and not filed (a crash, a failure), oldest first; answers how many. */
  public int fileUnfiled() {
    List<String> waiting = store.unfiled(SWEEP);
    int filed = 0;
    for (String mail : waiting) {
      if (file(mail)) {
        filed++;
      }
    }
    return filed;
  }
}
