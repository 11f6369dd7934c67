package dev.parley.account;

import jakarta.ejb.ApplicationException;

/** The username is already taken; nothing was written. */
@ApplicationException(rollback = true)
public class AccountAlreadyExistsException extends RuntimeException {

  private final String username;

  public AccountAlreadyExistsException(String username) {
    super("an account named '%s' already exists".formatted(username));
    this.username = username;
  }

  public String username() {
    return username;
  }
}
