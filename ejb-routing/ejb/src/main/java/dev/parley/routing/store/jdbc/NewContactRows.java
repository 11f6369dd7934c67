package dev.parley.routing.store.jdbc;

import dev.parley.routing.contact.jpa.ContactEntity;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The contact rows ({@code routing_contact}) created in one group-commit batch, kept as detached
 * {@link ContactEntity} objects until the batch is written and then inserted with one JDBC batch,
 * after the batch's entities are flushed and before its history (whose foreign key refers to them).
 * Later commands of the same batch change these objects, so each row is inserted once, in its state
 * at the end of the batch; after the insert they are forgotten and the contacts are read back
 * through Hibernate like any stored row (ADR 0007). Under load every arrival creates one row, and
 * Hibernate's per-entity insert work was the largest part of the writer's flush. Owned by the
 * single writer; not thread-safe.
 */
public final class NewContactRows extends RowBatch<ContactEntity> {

  static final String INSERT =
      "INSERT INTO routing_contact (id, channel, direction, customer, queue_name, priority, state, arrival_seq,"
          + " parent_id, assigned_agent, disposition, received_at, queued_at, offered_at, accepted_at,"
          + " wrap_up_at, closed_at, abandoned_at, overflowed_at, customer_key, required_skills,"
          + " version)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

  /** By contact id, in the order they were created (arrival order). */
  private final Map<String, ContactEntity> rows = new LinkedHashMap<>();

  public NewContactRows() {
    super(INSERT);
  }

  public void add(ContactEntity row) {
    if (rows.putIfAbsent(row.id(), row) != null) {
      throw new IllegalStateException("contact row " + row.id() + " created twice in one batch");
    }
  }

  /** The unwritten row of contact {@code id}, if this batch created it. */
  public Optional<ContactEntity> get(String id) {
    return Optional.ofNullable(rows.get(id));
  }

  @Override
  Collection<ContactEntity> rows() {
    return rows.values();
  }

  @Override
  void bind(PreparedStatement insert, ContactEntity r) throws SQLException {
    insert.setString(1, r.id());
    insert.setString(2, r.channel());
    insert.setString(3, r.direction());
    setNullable(insert, 4, r.customer());
    insert.setString(5, r.queue());
    insert.setInt(6, r.priority());
    insert.setString(7, r.state());
    insert.setLong(8, r.arrivalSeq());
    setNullable(insert, 9, r.parentId());
    setNullable(insert, 10, r.assignedAgent());
    setNullable(insert, 11, r.disposition());
    setTime(insert, 12, r.receivedAt());
    setTime(insert, 13, r.queuedAt());
    setTime(insert, 14, r.offeredAt());
    setTime(insert, 15, r.acceptedAt());
    setTime(insert, 16, r.wrapUpAt());
    setTime(insert, 17, r.closedAt());
    setTime(insert, 18, r.abandonedAt());
    setTime(insert, 19, r.overflowedAt());
    setNullable(insert, 20, r.customerKey());
    setNullable(insert, 21, r.requiredSkills());
  }
}
