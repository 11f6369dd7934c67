package dev.parley.routing.core;

/** Thrown by a command handler before it changes anything; becomes a CommandRefused event. */
final class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Refusal(String message) {
    super(message, null, false, false);
  }
}
