package dev.parley.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Makes committed work durable before its caller is answered, whichever database Parley runs on.
 *
 * <p>PostgreSQL writes its log on commit: there is nothing to do. The embedded H2 store runs with a
 * write delay (configure.cli) so that its background thread keeps the file compact while Parley
 * runs — with {@code WRITE_DELAY=0} H2 has no background thread, never compacts an open store, and
 * the file grows by tens of kilobytes per commit until the next restart. With a write delay a
 * commit only reaches H2's memory; {@link #flush()} writes it to the file (SQL {@code CHECKPOINT}),
 * after which a {@code kill -9} loses nothing. Every writer answers only after that: the routing
 * runtime calls {@link #flush()} after each batch, other writers call {@link #flushAfterCommit()}
 * inside their transaction. See docs/adr/0010-commit-interval-and-h2-flush.md.
 *
 * <p>Writers that flush at the same time share one {@code CHECKPOINT} ({@link SharedFlush}): the
 * routing writer's batches and every chat message each used to run their own.
 *
 * <p>The flush runs on {@code ParleyFlushDS}, a small pool outside JTA on the same database, so it
 * can run after a transaction has completed. H2 requires an admin user for {@code CHECKPOINT} (the
 * embedded default's {@code sa} is one).
 */
@ApplicationScoped
public class StoreDurability {

  private static final Logger LOG = Logger.getLogger(StoreDurability.class.getName());

  @Resource(lookup = "java:jboss/datasources/ParleyFlushDS")
  DataSource flushSource;

  @Resource TransactionSynchronizationRegistry transactions;

  /** Marks a transaction whose flush after commit is registered already. */
  private static final Object FLUSH_REGISTERED = new Object();

  /** Null until the database has been asked whether commits need a flush. */
  private volatile Boolean delayedWrites;

  /** Writers flushing at the same time share one CHECKPOINT. */
  private final SharedFlush shared = new SharedFlush();

  /**
   * Writes everything committed so far to the store's file, when the store needs telling. Called
   * outside a transaction, after the commit.
   *
   * @throws IllegalStateException when the database refuses or fails the flush
   */
  public void flush() {
    if (Boolean.FALSE.equals(delayedWrites)) {
      return; // known not to need it: no connection taken
    }
    shared.flush(this::checkpoint);
  }

  /** One {@code CHECKPOINT}, when the store needs it; shared by concurrent writers. */
  private void checkpoint() {
    try (Connection c = flushSource.getConnection()) {
      if (!delayedWrites(c)) {
        return;
      }
      try (Statement s = c.createStatement()) {
        s.execute("CHECKPOINT");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not write committed data to the database file: " + e.getMessage(), e);
    }
  }

  /**
   * Inside a transaction: {@link #flush()} once it has committed, before the business method
   * returns to its caller. A failed flush is logged (the commit itself stands). However often a
   * transaction asks (filing posts several conversation messages, each asking), it is flushed once.
   */
  public void flushAfterCommit() {
    if (Boolean.FALSE.equals(delayedWrites) || transactions.getResource(FLUSH_REGISTERED) != null) {
      return;
    }
    transactions.putResource(FLUSH_REGISTERED, Boolean.TRUE);
    AfterCompletion.afterCommit(
        transactions,
        () -> {
          try {
            flush(); // only committed work is flushed
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "event=store.flush.failed cause=" + e.getMessage(), e);
          }
        });
  }

  /** True when the database keeps commits in memory for a while (H2 with a write delay). */
  private boolean delayedWrites(Connection c) throws SQLException {
    Boolean known = delayedWrites;
    if (known != null) {
      return known;
    }
    boolean delayed = false;
    if ("H2".equals(c.getMetaData().getDatabaseProductName())) {
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
        delayed = r.next() && Integer.parseInt(r.getString(1).strip()) > 0;
      }
    }
    delayedWrites = delayed;
    boolean logged = delayed;
    LOG.info(() -> "event=store.durability flush_after_commit=" + logged);
    return delayed;
  }
}
