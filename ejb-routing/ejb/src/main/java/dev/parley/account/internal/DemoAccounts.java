package dev.parley.account.internal;

import dev.parley.account.AccountService;
import dev.parley.account.NewAccount;
import dev.parley.account.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the embedded default ({@code parley.demo.users=true}, env {@code PARLEY_DEMO_USERS}) creates
 * one admin, one supervisor and three agents the first time Parley starts, and prints them with the
 * URL to open on every start. Production turns this off.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoAccounts {

  private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

  /** Documented in the README; only ever created when demo accounts are switched on. */
  public static final String PASSWORD = "parley-demo";

  static final List<NewAccount> ACCOUNTS =
      List.of(
          new NewAccount("admin", "Ada Admin", PASSWORD, Set.of(Role.ADMIN)),
          new NewAccount("supervisor", "Sam Supervisor", PASSWORD, Set.of(Role.SUPERVISOR)),
          new NewAccount("agent1", "Alice Agent", PASSWORD, Set.of(Role.AGENT)),
          new NewAccount("agent2", "Bob Agent", PASSWORD, Set.of(Role.AGENT)),
          new NewAccount("agent3", "Carol Agent", PASSWORD, Set.of(Role.AGENT)));

  @EJB AccountService accounts;

  @Inject
  @ConfigProperty(name = "parley.demo.users", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "parley.public.url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  @PostConstruct
  void createAndAnnounce() {
    if (!enabled) {
      LOG.info(() -> "event=parley.started url=%s demoUsers=false".formatted(publicUrl));
      return;
    }
    int created = 0;
    for (NewAccount account : ACCOUNTS) {
      if (accounts.findByUsername(account.username()).isEmpty()) {
        accounts.create(account);
        created++;
      }
    }
    StringBuilder banner = new StringBuilder();
    banner.append("\n\n  Parley is running: open ").append(publicUrl).append('\n');
    banner.append("  Demo accounts (password '").append(PASSWORD).append("'):\n");
    for (NewAccount account : ACCOUNTS) {
      banner.append(
          "    %-11s %s%n"
              .formatted(account.username(), account.roles().iterator().next().roleName()));
    }
    LOG.info(banner.toString());
    int newlyCreated = created;
    LOG.info(
        () ->
            "event=parley.started url=%s demoUsers=true demoUsersCreated=%d"
                .formatted(publicUrl, newlyCreated));
  }
}
