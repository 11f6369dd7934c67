package dev.parley.routing.sim;

/** A command-line argument is missing, unknown or malformed; the message names the flag. */
public final class UsageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
