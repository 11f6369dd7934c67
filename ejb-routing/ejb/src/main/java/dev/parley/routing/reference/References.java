package dev.parley.routing.reference;

import dev.parley.routing.queue.BusinessHours;
import java.util.Optional;
import java.util.Set;

/**
 * What a queue definition may refer to, as the mapping checks it: catalogue skills, other queues
 * and business-hours calendars. Backed by the database in the server ({@link StoredReferences}), by
 * maps in unit tests.
 */
public interface References {

  /** Whether the catalogue holds {@code skill} (a normalised name). */
  boolean skillExists(String skill);

  boolean queueExists(String queue);

  /** The channel names an existing {@code queue} serves (empty when there is no such queue). */
  Set<String> channelsOf(String queue);

  /** The opening hours of the calendar named {@code name}, if there is one. */
  Optional<BusinessHours> calendar(String name);

  /** The queue an existing {@code queue} moves its after-hours contacts to, if it does. */
  Optional<String> afterHoursTarget(String queue);
}
