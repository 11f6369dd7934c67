package dev.parley.account;

/** Identity of an account; a value object so ids of different kinds cannot be mixed up. */
public record AccountId(long value) {
  public AccountId {
    if (value <= 0) {
      throw new IllegalArgumentException("account id must be positive: " + value);
    }
  }
}
