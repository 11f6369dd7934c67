package dev.parley.channels.email;

import dev.parley.channels.email.mime.MailParser;
import dev.parley.email.InboundEmail;
import dev.parley.email.MailEnvelope;
import dev.parley.email.MailStore;
import dev.parley.email.StoredMail;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Files stored messages into their threads: parses them ({@link MailParser}: never fails, a
 * malformed message comes out flagged) and hands the results to {@link MailStore#fileAll}, a batch
 * at a time ({@link FilingLine} gathers the listener's). A message that cannot be filed now (the
 * routing writer busy, the database away) stays stored and unfiled; {@link #fileUnfiled} takes it
 * up again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each MailStore call commits alone
public class EmailFiler {

  private static final Logger LOG = Logger.getLogger(EmailFiler.class.getName());

  /** How many unfiled messages one sweep takes. */
  static final int SWEEP = 200;

  /** How long a stored message is left to the filing line before the sweep takes it. */
  static final Duration SWEEP_AFTER = Duration.ofSeconds(30);

  /** How many messages the sweep files in one transaction. */
  static final int BATCH = 50;

  private final MailParser parser = new MailParser();

  @EJB MailStore store;

  @Inject Config config;

  private Acknowledger acknowledger() {
    return new Acknowledger(Senders.of(config), Clock.systemUTC());
  }

  /** A message just stored, to file: its id, envelope sender and bytes as received. */
  public record Received(String mail, String sender, byte[] raw) {}

  /** Files the stored {@code mail} now, read back from the store; answers whether it is filed. */
  public boolean file(String mail) {
    return read(mail).map(r -> fileAll(List.of(r)) == 1).orElse(false);
  }

  /**
   * Files {@code batch} in one transaction (their new threads' contacts made in one step of
   * routing); when that fails, one by one, so one message that cannot be filed does not hold back
   * the others. Answers how many are filed; what is not stays stored for {@link #fileUnfiled}.
   */
  public int fileAll(List<Received> batch) {
    List<MailStore.ToFile> parsed = new ArrayList<>(batch.size());
    Acknowledger acknowledger = acknowledger();
    for (Received r : batch) {
      try {
        InboundEmail email = InboundEmails.of(parser.parse(r.raw(), r.sender()));
        parsed.add(new MailStore.ToFile(r.mail(), email, acknowledger.of(r.mail(), email)));
      } catch (RuntimeException e) {
        failed(r.mail(), e); // the parser flags what it cannot read; this is a bug: kept
      }
    }
    if (parsed.size() > 1) {
      try {
        logFiled(store.fileAll(parsed));
        return parsed.size();
      } catch (RuntimeException e) {
        LOG.fine(
            () ->
                "event=email.file.batch.failed size=%d cause=%s (filed one by one)"
                    .formatted(parsed.size(), e));
      }
    }
    int filed = 0;
    for (MailStore.ToFile f : parsed) {
      try {
        logFiled(List.of(store.file(f.mail(), f.email(), f.acknowledging())));
        filed++;
      } catch (RuntimeException e) {
        failed(f.mail(), e);
      }
    }
    return filed;
  }

  private static void logFiled(List<StoredMail> filed) {
    if (!LOG.isLoggable(Level.FINE)) {
      return;
    }
    for (StoredMail m : filed) {
      LOG.fine(
          () ->
              "event=email.filed mail=%s contact=%s ticket=%s acknowledged=%s"
                  .formatted(
                      m.id(),
                      m.contact(),
                      m.filed() == null ? "" : m.filed().thread().ticket(),
                      m.filed() != null && m.filed().acknowledged()));
    }
  }

  private static void failed(String mail, RuntimeException e) {
    LOG.log(
        Level.WARNING,
        "event=email.file.failed mail=%s cause=%s (kept, filed again later)".formatted(mail, e),
        e);
  }

  /** A stored message read back (a sweep, a retry), or empty when it is gone or unreadable. */
  private Optional<Received> read(String mail) {
    try {
      return store
          .raw(mail)
          .map(
              raw ->
                  new Received(
                      mail, store.envelope(mail).map(MailEnvelope::mailFrom).orElse(null), raw));
    } catch (RuntimeException e) {
      failed(mail, e);
      return Optional.empty();
    }
  }

  /**
   * Files what is stored and not filed (a crash, a failure), oldest first, in batches — but not
   * what {@code inLine} says is on its way to filing already, nor what was received within the last
   * {@link #SWEEP_AFTER} (on its way on this node or another); answers how many were filed.
   */
  public int fileUnfiled(Predicate<String> inLine) {
    List<Received> batch = new ArrayList<>();
    int filed = 0;
    for (String mail : store.unfiled(SWEEP, Instant.now().minus(SWEEP_AFTER))) {
      if (inLine.test(mail)) {
        continue;
      }
      read(mail).ifPresent(batch::add);
      if (batch.size() == BATCH) {
        filed += fileAll(batch);
        batch.clear();
      }
    }
    return batch.isEmpty() ? filed : filed + fileAll(batch);
  }
}
