package dev.parley.routing.api;

import java.util.Objects;

/**
 * An agent's presence. Invariant: a reason is present exactly when the status is BREAK (lunch,
 * training…), so reports can tell breaks apart without a separate field.
 */
public record Presence(PresenceStatus status, String breakReason) {
  public static final Presence OFFLINE = new Presence(PresenceStatus.OFFLINE, null);
  public static final Presence AVAILABLE = new Presence(PresenceStatus.AVAILABLE, null);
  public static final Presence NOT_RESPONDING = new Presence(PresenceStatus.NOT_RESPONDING, null);
  public static final Presence WRAP_UP = new Presence(PresenceStatus.WRAP_UP, null);

  public Presence {
    Objects.requireNonNull(status, "status");
    if (status == PresenceStatus.BREAK && (breakReason == null || breakReason.isBlank())) {
      throw new IllegalArgumentException("a break needs a reason");
    }
    if (status != PresenceStatus.BREAK && breakReason != null) {
      throw new IllegalArgumentException("only a break has a reason, not " + status);
    }
  }

  public static Presence onBreak(String reason) {
    return new Presence(PresenceStatus.BREAK, reason);
  }

  public boolean is(PresenceStatus s) {
    return status == s;
  }

  @Override
  public String toString() {
    return breakReason == null ? status.name() : status + "(" + breakReason + ")";
  }
}
