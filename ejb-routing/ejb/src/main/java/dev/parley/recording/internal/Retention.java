package dev.parley.recording.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * When a recording may be deleted: {@code days} after its call started (its queue's retention at
 * the time it was finished); never when the queue keeps recordings (no days) or while it is under
 * legal hold, whatever the date. Pure, so the rule is tested on any clock.
 */
final class Retention {

  private Retention() {}

  static Instant expiresAt(Instant startedAt, Integer days) {
    return days == null || days <= 0 ? null : startedAt.plus(Duration.ofDays(days));
  }

  static boolean due(Instant expiresAt, boolean legalHold, Instant now) {
    return !legalHold && expiresAt != null && !expiresAt.isAfter(now);
  }
}
