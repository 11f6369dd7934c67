package dev.parley.it.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.account.Account;
import dev.parley.account.AccountAlreadyExistsException;
import dev.parley.account.AccountService;
import dev.parley.account.NewAccount;
import dev.parley.account.Role;
import dev.parley.it.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside WildFly against the configured datasource: H2 by default, PostgreSQL in the CI
 * execution (server started with {@code -Dparley.db.driver=postgresql}). Proves the migrations, the
 * JPA mapping and the password hashing on the real database.
 */
@ExtendWith(ArquillianExtension.class)
class AccountPersistenceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.parleyWithTestsOf(AccountPersistenceIT.class);
  }

  @EJB AccountService accounts;

  @Resource(lookup = "java:jboss/datasources/ParleyDS")
  DataSource dataSource;

  @Test
  void runsOnTheConfiguredDatabaseWithTheMigratedSchema() throws SQLException {
    String expected =
        "postgresql".equals(System.getProperty("parley.db.driver")) ? "PostgreSQL" : "H2";
    try (Connection c = dataSource.getConnection()) {
      assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expected);
      try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" = '1'");
          ResultSet rs = s.executeQuery()) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
    }
  }

  @Test
  void storesABcryptHashAndNeverThePassword() throws SQLException {
    String username = unique("hash");
    accounts.create(new NewAccount(username, "Hash Test", "s3cret-password", Set.of(Role.AGENT)));

    String stored = storedHash(username);
    assertThat(stored).startsWith("$2a$").doesNotContain("s3cret-password");
  }

  @Test
  void readsBackTheAccountWithItsRoles() {
    String username = unique("roles");
    accounts.create(
        new NewAccount(
            username, "  Role Test ", "long-enough-1", Set.of(Role.AGENT, Role.SUPERVISOR)));

    Account found = accounts.findByUsername(username).orElseThrow();
    assertThat(found.displayName()).isEqualTo("Role Test");
    assertThat(found.roles()).containsExactlyInAnyOrder(Role.AGENT, Role.SUPERVISOR);
    assertThat(found.enabled()).isTrue();
  }

  @Test
  void refusesADuplicateAndKeepsTheStoredAccount() throws SQLException {
    String username = unique("dup");
    accounts.create(new NewAccount(username, "First", "first-password", Set.of(Role.AGENT)));
    String before = storedHash(username);

    assertThatThrownBy(
            () ->
                accounts.create(
                    new NewAccount(username, "Second", "second-password", Set.of(Role.ADMIN))))
        .isInstanceOf(AccountAlreadyExistsException.class);

    assertThat(storedHash(username)).isEqualTo(before);
    assertThat(accounts.findByUsername(username).orElseThrow().roles()).containsExactly(Role.AGENT);
  }

  @Test
  void rejectsInvalidInputAndWritesNothing() {
    int before = accounts.list().size();

    assertThatThrownBy(() -> accounts.create(new NewAccount("Not Valid!", "", "short", Set.of())))
        .isInstanceOf(ConstraintViolationException.class);

    assertThat(accounts.list()).hasSize(before);
  }

  @Test
  void demoAccountsExistWithTheirRoles() {
    assertThat(accounts.findByUsername("admin").orElseThrow().roles()).containsExactly(Role.ADMIN);
    assertThat(accounts.findByUsername("supervisor").orElseThrow().roles())
        .containsExactly(Role.SUPERVISOR);
    assertThat(accounts.list().stream().filter(a -> a.hasRole(Role.AGENT)).map(Account::username))
        .contains("agent1", "agent2", "agent3");
  }

  private String storedHash(String username) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT password_hash FROM parley_user WHERE username = ?")) {
      s.setString(1, username);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).as("row for " + username).isTrue();
        return rs.getString(1);
      }
    }
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
