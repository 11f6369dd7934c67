package dev.parley.routing.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The history rows ({@code routing_contact_event}) of one group-commit batch, inserted with one
 * JDBC batch on the batch transaction's connection after the batch's entities are flushed, so that
 * new contact rows exist before their history (ADR 0007). History is append-only and never read
 * back by the writer, so it skips Hibernate's per-entity insert work, which was the largest share
 * of the writer's time under load. Owned by the single writer; not thread-safe.
 */
public final class HistoryBatch extends RowBatch<HistoryBatch.Row> {

  /** One history row as it will be stored. */
  record Row(
      long id,
      String contactId,
      Instant at,
      String kind,
      String fromState,
      String toState,
      String agent,
      String detail,
      Instant expiresAt) {}

  /** The history column holds at most this many characters (V2__routing.sql). */
  public static final int MAX_DETAIL = 2000;

  static final String INSERT =
      "INSERT INTO routing_contact_event"
          + " (id, contact_id, occurred_at, kind, from_state, to_state, agent, detail, expires_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final List<Row> rows = new ArrayList<>();

  public HistoryBatch() {
    super(INSERT);
  }

  public void add(
      long id,
      String contactId,
      Instant at,
      String kind,
      String from,
      String to,
      String agent,
      String detail) {
    add(id, contactId, at, kind, from, to, agent, detail, null);
  }

  /** As the other {@code add}, for an offer's row: {@code expiresAt} is its deadline. */
  public void add(
      long id,
      String contactId,
      Instant at,
      String kind,
      String from,
      String to,
      String agent,
      String detail,
      Instant expiresAt) {
    String bounded =
        detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    rows.add(new Row(id, contactId, at, kind, from, to, agent, bounded, expiresAt));
  }

  @Override
  Collection<Row> rows() {
    return rows;
  }

  @Override
  void bind(PreparedStatement insert, Row r) throws SQLException {
    insert.setLong(1, r.id());
    insert.setString(2, r.contactId());
    setTime(insert, 3, r.at());
    insert.setString(4, r.kind());
    setNullable(insert, 5, r.fromState());
    setNullable(insert, 6, r.toState());
    setNullable(insert, 7, r.agent());
    setNullable(insert, 8, r.detail());
    setTime(insert, 9, r.expiresAt());
  }
}
