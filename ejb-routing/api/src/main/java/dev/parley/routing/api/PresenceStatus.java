package dev.parley.routing.api;

/** The kinds of presence an agent can be in; see {@link Presence}. */
public enum PresenceStatus {
  OFFLINE,
  AVAILABLE,
  BREAK,
  NOT_RESPONDING,
  WRAP_UP
}
