package dev.parley.routing.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Inserts a batch's rows with one prepared statement, sent to the database {@link #CHUNK} rows
 * per {@code executeBatch} (used by {@link NewContactRows} and {@link HistoryBatch}).
 */
final class BatchInsert {

  /** Sets one row's parameters on the insert statement. */
  @FunctionalInterface
  interface Binder<T> {
    void bind(PreparedStatement insert, T row) throws SQLException;
  }

  /** Rows sent to the database per {@code executeBatch}. */
  static final int CHUNK = 512;

  private BatchInsert() {}

  static <T> void run(Connection connection, String sql, Iterable<T> rows, Binder<T> binder)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      int pending = 0;
      for (T row : rows) {
        binder.bind(insert, row);
        insert.addBatch();
        if (++pending == CHUNK) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
  }

  static void setNullable(PreparedStatement s, int index, String value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.VARCHAR);
    } else {
      s.setString(index, value);
    }
  }

  /** As Hibernate writes an {@code Instant} with {@code hibernate.jdbc.time_zone=UTC}. */
  static void setTime(PreparedStatement s, int index, Instant at) throws SQLException {
    if (at == null) {
      s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      s.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
    }
  }
}
