package dev.parley.routing.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.platform.persistence.SchemaMigrator;
import dev.parley.routing.contact.jpa.ContactEntity;
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

/** The JDBC insert of a batch's new contact rows against the real schema (migrations on H2). */
class NewContactRowsTest {

  private static final Instant AT = Instant.parse("2026-11-23T09:15:30.123456Z");

  private JdbcDataSource dataSource;

  @BeforeEach
  void schema() {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    new SchemaMigrator(dataSource).migrate();
  }

  private static ContactEntity contact(String id, long seq, String queue) {
    return new ContactEntity(id, "CHAT", "INBOUND", "ann", queue, 3, seq, null, AT);
  }

  @Test
  void writesEveryColumnInTheStateTheBatchLeftTheRowIn() throws SQLException {
    NewContactRows rows = new NewContactRows();
    ContactEntity full =
        new ContactEntity(
            "c-1", "VOICE", "OUTBOUND", "Ann <ann@example.com>", "support", 7, 41, "c-0", AT);
    rows.add(full);
    // Later commands of the same batch change the detached row; the insert carries their effect.
    for (String state :
        new String[] {
          "QUEUED", "OFFERED", "ACTIVE", "WRAP_UP", "CLOSED", "ABANDONED", "OVERFLOWED"
        }) {
      full.enter(state, AT.plusSeconds(state.length()));
    }
    full.enter("CLOSED", AT.plusSeconds(60));
    full.sync("support", null, "agent1", "sold");
    rows.add(new ContactEntity("c-2", "EMAIL", "INBOUND", null, "support", 0, 42, null, AT));

    try (Connection c = dataSource.getConnection()) {
      rows.writeTo(c);
    }

    assertThat(rows.isEmpty()).isTrue();
    assertThat(rows.get("c-1"))
        .as("written rows are read back through Hibernate, not held")
        .isEmpty();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, channel, direction, customer, queue_name, priority, state, arrival_seq, parent_id,"
                    + " assigned_agent, disposition, received_at, queued_at, offered_at, accepted_at, wrap_up_at,"
                    + " closed_at, abandoned_at, overflowed_at, version, customer_key FROM routing_contact"
                    + " ORDER BY arrival_seq")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("c-1");
      assertThat(rs.getString(2)).isEqualTo("VOICE");
      assertThat(rs.getString(3)).isEqualTo("OUTBOUND");
      assertThat(rs.getString(4)).isEqualTo("Ann <ann@example.com>");
      assertThat(rs.getString(5)).isEqualTo("support");
      assertThat(rs.getInt(6)).isEqualTo(7);
      assertThat(rs.getString(7)).isEqualTo("CLOSED");
      assertThat(rs.getLong(8)).isEqualTo(41);
      assertThat(rs.getString(9)).isEqualTo("c-0");
      assertThat(rs.getString(10)).isEqualTo("agent1");
      assertThat(rs.getString(11)).isEqualTo("sold");
      assertThat(time(rs, 12)).isEqualTo(AT);
      assertThat(time(rs, 13)).isEqualTo(full.queuedAt());
      assertThat(time(rs, 14)).isEqualTo(full.offeredAt());
      assertThat(time(rs, 15)).isEqualTo(full.acceptedAt());
      assertThat(time(rs, 16)).isEqualTo(full.wrapUpAt());
      assertThat(time(rs, 17)).isEqualTo(AT.plusSeconds(60));
      assertThat(time(rs, 18)).isEqualTo(full.abandonedAt());
      assertThat(time(rs, 19)).isEqualTo(full.overflowedAt());
      assertThat(rs.getLong(20)).as("Hibernate's first version").isZero();
      assertThat(rs.getString(21)).as("the customer's key").isEqualTo("ann@example.com");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("c-2");
      assertThat(rs.getString(4)).isNull();
      assertThat(rs.getString(7)).isEqualTo("RECEIVED");
      assertThat(rs.getString(9)).isNull();
      assertThat(rs.getString(10)).isNull();
      assertThat(rs.getObject(13)).isNull();
      assertThat(rs.getObject(19)).isNull();
      assertThat(rs.getString(21)).isNull();
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void holdsARowUntilWrittenAndRefusesTheSameContactTwice() {
    NewContactRows rows = new NewContactRows();
    ContactEntity row = contact("c-1", 1, "support");
    rows.add(row);

    assertThat(rows.get("c-1")).containsSame(row);
    assertThat(rows.get("c-2")).isEmpty();
    assertThatThrownBy(() -> rows.add(contact("c-1", 2, "support")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("c-1");
    assertThat(rows.size()).isEqualTo(1);
  }

  @Test
  void writesMoreRowsThanOneJdbcBatch() throws SQLException {
    NewContactRows rows = new NewContactRows();
    for (int i = 1; i <= 1_300; i++) {
      rows.add(contact("c-" + i, i, "support"));
    }

    try (Connection c = dataSource.getConnection()) {
      rows.writeTo(c);
    }

    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT COUNT(*), MIN(arrival_seq), MAX(arrival_seq) FROM routing_contact")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(1_300);
      assertThat(rs.getLong(2)).isEqualTo(1);
      assertThat(rs.getLong(3)).isEqualTo(1_300);
    }
  }

  @Test
  void aRowTheSchemaRefusesFailsTheWriteAndTheRowsAreDropped() throws SQLException {
    NewContactRows rows = new NewContactRows();
    rows.add(contact("c-1", 1, "support"));
    ContactEntity bad = contact("c-2", 2, "support");
    bad.enter("LOST", AT); // not a state the check constraint allows
    rows.add(bad);

    try (Connection c = dataSource.getConnection()) {
      assertThatThrownBy(() -> rows.writeTo(c)).isInstanceOf(SQLException.class);
    }

    assertThat(rows.isEmpty())
        .as("a failed batch's rows belong to its rolled-back transaction")
        .isTrue();
  }

  private static Instant time(ResultSet rs, int column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
