package dev.parley.email.internal;

import dev.parley.email.Acknowledgement;
import dev.parley.platform.persistence.AfterCompletion;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The address rules and the acknowledgement template as last read, for a few seconds: every filed
 * message needs both, and they change only when an administrator saves them. A change saved on this
 * server counts at once ({@link #forgetAfterCommit}); one saved on another server of a cluster
 * within {@link #FRESH_NANOS}.
 */
@ApplicationScoped
class MailSettings {

  /** How long a reading is used without asking the database again. */
  static final long FRESH_NANOS = 5_000_000_000L;

  /** One setting as last read, and when. */
  private static final class Fresh<T> {
    private record Reading<T>(T value, long readAt) {}

    private volatile Reading<T> last;

    T get(Supplier<T> read) {
      long now = System.nanoTime();
      Reading<T> r = last;
      if (r == null || now - r.readAt() >= FRESH_NANOS) {
        r = new Reading<>(read.get(), now);
        last = r;
      }
      return r.value();
    }

    void forget() {
      last = null;
    }
  }

  private final Fresh<Map<String, String>> rules = new Fresh<>();
  private final Fresh<Acknowledgement> acknowledgement = new Fresh<>();

  @Resource TransactionSynchronizationRegistry transactions;

  Map<String, String> rules(Supplier<Map<String, String>> read) {
    return rules.get(() -> Map.copyOf(read.get()));
  }

  Acknowledgement acknowledgement(Supplier<Acknowledgement> read) {
    return acknowledgement.get(read);
  }

  /**
   * Saved here in the current transaction: read again next time, and again once committed (a
   * reading between now and the commit would still see the old rows).
   */
  void forgetAfterCommit() {
    forget();
    AfterCompletion.register(transactions, status -> forget());
  }

  private void forget() {
    rules.forget();
    acknowledgement.forget();
  }
}
