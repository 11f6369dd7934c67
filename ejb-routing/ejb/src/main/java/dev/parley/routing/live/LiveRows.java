package dev.parley.routing.live;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the live view needs from the database: the queues with their service level targets, the
 * agents with a routing profile, and why and since when routing took agents out. Read before the
 * engine is, outside the writer, so that reading the live view holds routing's single writer only
 * for the engine's part.
 */
record LiveRows(List<QueueRow> queues, List<String> agents, Map<String, Offline> takenOffline) {

  /** A queue's name and service level target (fraction, seconds). */
  record QueueRow(String name, double serviceLevelTarget, int serviceLevelSeconds) {}

  /** Why routing took an agent out, and when. */
  record Offline(String reason, Instant since) {}
}
