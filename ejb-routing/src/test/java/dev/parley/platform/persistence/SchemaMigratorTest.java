package dev.parley.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
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
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
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
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate(insertUser("alice"));
      assertThatThrownBy(() -> s.executeUpdate(insertUser("alice"))).isInstanceOf(SQLException.class);
    }
  }

  @Test
  void refusesAnUnknownRole() throws SQLException {
    new SchemaMigrator(dataSource).migrate();
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate(insertUser("bob"));
      assertThatThrownBy(
              () -> s.executeUpdate("INSERT INTO parley_user_role (user_id, role_name) VALUES (1, 'root')"))
          .isInstanceOf(SQLException.class);
    }
  }

  private static String insertUser(String name) {
    return "INSERT INTO parley_user (username, display_name, password_hash, enabled, created_at, version)"
        + " VALUES ('" + name + "', 'x', '$2a$04$x', TRUE, CURRENT_TIMESTAMP, 0)";
  }
}
