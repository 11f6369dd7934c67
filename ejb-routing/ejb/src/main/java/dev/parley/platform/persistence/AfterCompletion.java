package dev.parley.platform.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.IntConsumer;

/**
 * Work for the moment the current transaction has completed, told how it ended ({@link
 * Status#STATUS_COMMITTED} or another {@link Status}); nothing runs before the completion.
 */
public final class AfterCompletion {

  private AfterCompletion() {}

  /** Registers {@code work} with the current transaction (interposed: after the resources). */
  public static void register(TransactionSynchronizationRegistry transactions, IntConsumer work) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // only the outcome matters
          }

          @Override
          public void afterCompletion(int status) {
            work.accept(status);
          }
        });
  }

  /** Registers {@code work} to run only if the current transaction commits. */
  public static void afterCommit(TransactionSynchronizationRegistry transactions, Runnable work) {
    register(
        transactions,
        status -> {
          if (status == Status.STATUS_COMMITTED) {
            work.run();
          }
        });
  }
}
