package dev.parley.routing.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;

/**
 * Rows of one table collected during a group-commit batch and inserted with one prepared statement,
 * sent to the database {@link #CHUNK} rows per {@code executeBatch} (ADR 0007). A subclass says
 * which rows it holds (in insertion order), the statement and how a row binds to it; this class
 * counts, forgets and writes them. Owned by the single writer; not thread-safe.
 */
public abstract class RowBatch<T> {

  /** Rows sent to the database per {@code executeBatch}. */
  static final int CHUNK = 512;

  private final String insert;

  RowBatch(String insert) {
    this.insert = insert;
  }

  /** The rows not written yet, in the order they are to be inserted. */
  abstract Collection<T> rows();

  /** Sets one row's parameters on the insert statement. */
  abstract void bind(PreparedStatement insert, T row) throws SQLException;

  public final int size() {
    return rows().size();
  }

  public final boolean isEmpty() {
    return rows().isEmpty();
  }

  /** Forgets the rows (their transaction rolled back, or they were written). */
  public final void clear() {
    rows().clear();
  }

  /** Inserts every row through {@code connection} in order, then forgets them. */
  public final void writeTo(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(insert)) {
      int pending = 0;
      for (T row : rows()) {
        bind(statement, row);
        statement.addBatch();
        if (++pending == CHUNK) {
          statement.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        statement.executeBatch();
      }
    } finally {
      clear();
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
