package dev.parley.routing.api;

import java.util.Objects;

/**
 * An agent's presence. Invariant: a BREAK always has a reason (lunch, training…), chosen by the
 * agent, so reports can tell breaks apart without a separate field; OFFLINE may have one, set by
 * routing when it took the agent out (see {@link #CONNECTION_LOST}); no other status has one.
 */
public record Presence(PresenceStatus status, String reason) {
  public static final Presence OFFLINE = new Presence(PresenceStatus.OFFLINE, null);

  /**
   * Routing took the agent out because its last workstation connection was gone longer than the
   * grace period (docs/adr/0013-presence-follows-connection.md).
   */
  public static final Presence CONNECTION_LOST =
      new Presence(PresenceStatus.OFFLINE, "connection lost");

  public static final Presence AVAILABLE = new Presence(PresenceStatus.AVAILABLE, null);
  public static final Presence NOT_RESPONDING = new Presence(PresenceStatus.NOT_RESPONDING, null);
  public static final Presence WRAP_UP = new Presence(PresenceStatus.WRAP_UP, null);

  public Presence {
    Objects.requireNonNull(status, "status");
    if (status == PresenceStatus.BREAK && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("a break needs a reason");
    }
    if (reason != null && reason.isBlank()) {
      throw new IllegalArgumentException("a reason must not be blank");
    }
    if (status != PresenceStatus.BREAK && status != PresenceStatus.OFFLINE && reason != null) {
      throw new IllegalArgumentException(
          "only a break or being offline has a reason, not " + status);
    }
  }

  public static Presence onBreak(String reason) {
    return new Presence(PresenceStatus.BREAK, reason);
  }

  public boolean is(PresenceStatus s) {
    return status == s;
  }

  /** The reason of a BREAK, else null. */
  public String breakReason() {
    return status == PresenceStatus.BREAK ? reason : null;
  }

  /** Why routing took an OFFLINE agent out (e.g. connection lost), else null. */
  public String offlineReason() {
    return status == PresenceStatus.OFFLINE ? reason : null;
  }

  @Override
  public String toString() {
    return reason == null ? status.name() : status + "(" + reason + ")";
  }
}
