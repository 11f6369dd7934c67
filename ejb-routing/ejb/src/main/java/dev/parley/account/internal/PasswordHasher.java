package dev.parley.account.internal;

import at.favre.lib.crypto.bcrypt.BCrypt;

/**
 * Hashes passwords with bcrypt in the modular-crypt form ({@code $2a$cost$salt+hash}) that WildFly
 * Elytron's {@code modular-crypt-mapper} verifies at login. Version 2a is the one Elytron decodes.
 */
public final class PasswordHasher {

  /** About 100 ms per hash on the reference machine: slow for guessing, fine for logins. */
  public static final int DEFAULT_COST = 11;

  private final int cost;

  public PasswordHasher() {
    this(DEFAULT_COST);
  }

  public PasswordHasher(int cost) {
    if (cost < 4 || cost > 31) {
      throw new IllegalArgumentException("bcrypt cost must be between 4 and 31: " + cost);
    }
    this.cost = cost;
  }

  public String hash(char[] password) {
    return BCrypt.with(BCrypt.Version.VERSION_2A).hashToString(cost, password);
  }

  public boolean verify(char[] password, String hash) {
    return BCrypt.verifyer().verify(password, hash).verified;
  }
}
