package dev.parley.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the real migrations on an in-memory H2; the PostgreSQL run is in the ear module's ITs. */
class SchemaMigratorTest {

  private JdbcDataSource dataSource;

  @BeforeEach
  void freshDatabase() {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @Test
  void createsTheAccountTablesAndIsIdempotent() throws SQLException {
    var first = new SchemaMigrator(dataSource).migrate();
    var second = new SchemaMigrator(dataSource).migrate();

    assertThat(first.migrationsExecuted).isPositive();
    assertThat(second.migrationsExecuted).isZero();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(insertUser("alice"));
      s.executeUpdate("INSERT INTO parley_user_role (user_id, role_name) VALUES (1, 'agent')");
      try (var rs = s.executeQuery("SELECT COUNT(*) FROM parley_user_role")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
    }
  }

  @Test
  void refusesADuplicateUsername() throws SQLException {
    new SchemaMigrator(dataSource).migrate();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(insertUser("alice"));
      assertThatThrownBy(() -> s.executeUpdate(insertUser("alice")))
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void refusesAnUnknownRole() throws SQLException {
    new SchemaMigrator(dataSource).migrate();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(insertUser("bob"));
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "INSERT INTO parley_user_role (user_id, role_name) VALUES (1, 'root')"))
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void version3PutsEverySkillAlreadyInUseIntoTheCatalogueAndKeepsHistoryOfDeletedQueues()
      throws SQLException {
    Flyway.configure(SchemaMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations(SchemaMigrator.LOCATION)
        .target("2")
        .load()
        .migrate();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(insertUser("agent1"));
      s.executeUpdate(
          "INSERT INTO routing_queue (name, priority, strategy, offer_timeout_seconds, wrap_up_seconds,"
              + " disposition_required, sl_threshold_seconds, sl_target_percent, version)"
              + " VALUES ('Support', 0, 'LONGEST_IDLE', 20, 0, FALSE, 20, 80, 0)");
      s.executeUpdate(
          "INSERT INTO routing_queue_skill (queue_name, skill, min_level) VALUES ('Support', 'support', 1)");
      s.executeUpdate(
          "INSERT INTO routing_agent (username, chat_interruptible, version) VALUES ('agent1', FALSE, 0)");
      s.executeUpdate(
          "INSERT INTO routing_agent_skill (username, skill, skill_level) VALUES ('agent1', 'support', 5)");
      s.executeUpdate(
          "INSERT INTO routing_agent_skill (username, skill, skill_level) VALUES ('agent1', 'danish', 7)");
      s.executeUpdate(
          "INSERT INTO routing_contact (id, channel, direction, queue_name, priority, state, arrival_seq,"
              + " received_at, version) VALUES ('c-1', 'CHAT', 'INBOUND', 'Support', 0, 'CLOSED', 1,"
              + " CURRENT_TIMESTAMP, 0)");
    }

    new SchemaMigrator(dataSource).migrate();

    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      try (var rs = s.executeQuery("SELECT name, kind FROM routing_skill ORDER BY name")) {
        List<String> skills = new ArrayList<>();
        while (rs.next()) {
          skills.add(rs.getString(1) + ":" + rs.getString(2));
        }
        assertThat(skills).containsExactly("danish:SKILL", "support:SKILL");
      }
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "INSERT INTO routing_queue_skill (queue_name, skill, min_level) VALUES ('Support', 'nope', 1)"))
          .as("a queue names catalogue skills only")
          .isInstanceOf(SQLException.class);
      s.executeUpdate("DELETE FROM routing_queue WHERE name = 'Support'");
      try (var rs = s.executeQuery("SELECT queue_name FROM routing_contact WHERE id = 'c-1'")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("Support");
      }
    }
  }

  private static String insertUser(String name) {
    return "INSERT INTO parley_user (username, display_name, password_hash, enabled, created_at, version)"
        + " VALUES ('"
        + name
        + "', 'x', '$2a$04$x', TRUE, CURRENT_TIMESTAMP, 0)";
  }
}
