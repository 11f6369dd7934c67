package dev.parley.routing.runtime;

import dev.parley.platform.persistence.TimeOrderedIds;
import dev.parley.routing.api.id.ContactId;
import java.time.Clock;

/**
 * New contact ids: {@code c-} and a time-ordered UUID ({@link TimeOrderedIds}), so the contact
 * table's primary key and the history's {@code (contact_id, id)} index grow at their right edge.
 */
final class ContactIds {

  private final Clock clock;

  ContactIds(Clock clock) {
    this.clock = clock;
  }

  ContactId next() {
    return ContactId.of(TimeOrderedIds.next("c-", clock));
  }
}
