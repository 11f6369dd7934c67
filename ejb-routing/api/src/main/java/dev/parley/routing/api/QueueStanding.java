package dev.parley.routing.api;

import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;

/**
 * Where a waiting contact stands: {@code position} 1 is served next among the contacts of its queue
 * and channel, of {@code waiting} in all. The order can change as contacts of higher priority
 * arrive.
 */
public record QueueStanding(ContactId contact, QueueId queue, int position, int waiting) {}
