package dev.parley.routing.runtime;

import java.time.Duration;

/**
 * The grace period of presence following connections (ADR 0013): how long an agent's last
 * workstation connection may be gone before the agent leaves routing. Set by {@value #PROPERTY}
 * (environment {@value #ENV}), whole seconds from {@value #MIN} to {@value #MAX}, default {@value
 * #DEFAULT}; a bad value stops the deployment with a message naming the setting. Pure.
 */
final class PresenceGrace {
  static final String PROPERTY = "parley.presence.grace-seconds";
  static final String ENV = "PARLEY_PRESENCE_GRACE_SECONDS";
  static final String DEFAULT = "30";
  static final int MIN = 1;
  static final int MAX = 3600;

  private PresenceGrace() {}

  /**
   * @param raw the configured text, as MicroProfile Config gives it
   * @throws IllegalStateException naming the setting when the value is not a whole number of
   *     seconds within range
   */
  static Duration parse(String raw) {
    String text = raw == null ? "" : raw.strip();
    int seconds;
    try {
      seconds = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw invalid("'" + text + "' is not a whole number of seconds");
    }
    if (seconds < MIN || seconds > MAX) {
      throw invalid(seconds + " is out of range");
    }
    return Duration.ofSeconds(seconds);
  }

  private static IllegalStateException invalid(String why) {
    return new IllegalStateException(
        PROPERTY + " (" + ENV + ") must be " + MIN + " to " + MAX + " seconds: " + why);
  }
}
