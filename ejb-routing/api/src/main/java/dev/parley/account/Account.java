package dev.parley.account;

import java.time.Instant;
import java.util.Set;

/** A read-only view of an account: never carries the password hash. */
public record Account(
    AccountId id,
    String username,
    String displayName,
    Set<Role> roles,
    boolean enabled,
    Instant createdAt) {

  public Account {
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
