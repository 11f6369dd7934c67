package dev.parley.email.internal;

import dev.parley.email.Acknowledgement;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The address rules and the acknowledgement template as last read, for a few seconds: every filed
 * message needs both, and they change only when an administrator saves them. A change saved on this
 * server counts at once ({@link #forget}); one saved on another server of a cluster within {@link
 * #FRESH_NANOS}.
 */
@ApplicationScoped
class MailSettings {

  /** How long a reading is used without asking the database again. */
  static final long FRESH_NANOS = 5_000_000_000L;

  private record Reading<T>(T value, long readAt) {
    boolean fresh(long now) {
      return now - readAt < FRESH_NANOS;
    }
  }

  private volatile Reading<Map<String, String>> rules;
  private volatile Reading<Acknowledgement> acknowledgement;

  Map<String, String> rules(Supplier<Map<String, String>> read) {
    long now = System.nanoTime();
    Reading<Map<String, String>> r = rules;
    if (r == null || !r.fresh(now)) {
      r = new Reading<>(Map.copyOf(read.get()), now);
      rules = r;
    }
    return r.value();
  }

  Acknowledgement acknowledgement(Supplier<Acknowledgement> read) {
    long now = System.nanoTime();
    Reading<Acknowledgement> r = acknowledgement;
    if (r == null || !r.fresh(now)) {
      r = new Reading<>(read.get(), now);
      acknowledgement = r;
    }
    return r.value();
  }

  @Resource TransactionSynchronizationRegistry transactions;

  /**
   * Saved here in the current transaction: read again next time, and again once committed (a
   * reading between now and the commit would still see the old rows).
   */
  void forgetAfterCommit() {
    forget();
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing before the commit
          }

          @Override
          public void afterCompletion(int status) {
            forget();
          }
        });
  }

  private void forget() {
    rules = null;
    acknowledgement = null;
  }
}
