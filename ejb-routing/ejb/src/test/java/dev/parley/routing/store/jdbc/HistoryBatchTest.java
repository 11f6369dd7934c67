package dev.parley.routing.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.platform.persistence.SchemaMigrator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC history insert against the real schema (migrations on an in-memory H2). */
class HistoryBatchTest {

  private static final Instant AT = Instant.parse("2026-11-23T09:15:30.123456Z");

  private JdbcDataSource dataSource;

  @BeforeEach
  void schemaWithOneContact() throws SQLException {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    new SchemaMigrator(dataSource).migrate();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO routing_contact (id, channel, direction, customer, queue_name, priority, state,"
              + " arrival_seq, received_at, version)"
              + " VALUES ('c-1', 'CHAT', 'INBOUND', 'ann', 'support', 0, 'QUEUED', 1, TIMESTAMP WITH TIME ZONE"
              + " '2026-11-23 09:15:30+00', 0)");
    }
  }

  @Test
  void writesEveryColumnAndForgetsTheRows() throws SQLException {
    HistoryBatch batch = new HistoryBatch();
    batch.add(7, "c-1", AT, "STATE", "RECEIVED", "QUEUED", null, null);
    batch.add(
        8,
        "c-1",
        AT.plusMillis(5),
        "OFFERED",
        null,
        null,
        "agent1",
        "expires later",
        AT.plusSeconds(20));

    try (Connection c = dataSource.getConnection()) {
      batch.writeTo(c);
    }

    assertThat(batch.size()).isZero();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, contact_id, occurred_at, kind, from_state, to_state, agent, detail, expires_at"
                    + " FROM routing_contact_event ORDER BY id")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getLong(1)).isEqualTo(7);
      assertThat(rs.getString(2)).isEqualTo("c-1");
      assertThat(rs.getObject(3, OffsetDateTime.class).toInstant()).isEqualTo(AT);
      assertThat(rs.getString(4)).isEqualTo("STATE");
      assertThat(rs.getString(5)).isEqualTo("RECEIVED");
      assertThat(rs.getString(6)).isEqualTo("QUEUED");
      assertThat(rs.getString(7)).isNull();
      assertThat(rs.getString(8)).isNull();
      assertThat(rs.getObject(9)).isNull();
      assertThat(rs.next()).isTrue();
      assertThat(rs.getLong(1)).isEqualTo(8);
      assertThat(rs.getString(7)).isEqualTo("agent1");
      assertThat(rs.getString(8)).isEqualTo("expires later");
      assertThat(rs.getObject(9, OffsetDateTime.class).toInstant()).isEqualTo(AT.plusSeconds(20));
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void boundsTheDetailToTheColumnAndWritesMoreRowsThanOneJdbcBatch() throws SQLException {
    HistoryBatch batch = new HistoryBatch();
    batch.add(1, "c-1", AT, "DECISION", null, null, null, "x".repeat(HistoryBatch.MAX_DETAIL + 50));
    for (int i = 2; i <= 1_300; i++) {
      batch.add(i, "c-1", AT, "STATE", "QUEUED", "OFFERED", "a", null);
    }

    try (Connection c = dataSource.getConnection()) {
      batch.writeTo(c);
    }

    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      assertThat(count(s, "SELECT COUNT(*) FROM routing_contact_event")).isEqualTo(1_300);
      assertThat(count(s, "SELECT CHAR_LENGTH(detail) FROM routing_contact_event WHERE id = 1"))
          .isEqualTo(HistoryBatch.MAX_DETAIL);
    }
  }

  @Test
  void historyOfAnUnknownContactFailsAndTheRowsAreDropped() throws SQLException {
    HistoryBatch batch = new HistoryBatch();
    batch.add(1, "c-unknown", AT, "STATE", "RECEIVED", "QUEUED", null, null);

    try (Connection c = dataSource.getConnection()) {
      assertThatThrownBy(() -> batch.writeTo(c)).isInstanceOf(SQLException.class);
    }

    assertThat(batch.size())
        .as("a failed batch's rows belong to its rolled-back transaction")
        .isZero();
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
