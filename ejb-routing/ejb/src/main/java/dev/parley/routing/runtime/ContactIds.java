package dev.parley.routing.runtime;

import dev.parley.routing.api.id.ContactId;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * New contact ids: {@code c-} and a time-ordered UUID (RFC 9562 version 7: 48 bits of Unix
 * milliseconds, then 74 random bits from a {@link SecureRandom}). Ids made later sort later as
 * strings, so the contact table's primary key and the history's {@code (contact_id, id)} index grow
 * at their right edge instead of at random leaves — each commit rewrites a few B-tree pages instead
 * of one page per new contact. The random bits keep ids unguessable. Used by the routing runtime's
 * single writer; not thread-safe.
 */
final class ContactIds {

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ContactIds(Clock clock) {
    this.clock = clock;
  }

  ContactId next() {
    return ContactId.of("c-" + timeOrdered(clock.millis(), random.nextLong(), random.nextLong()));
  }

  /** A version 7 UUID for {@code millis} with the given random bits (only 74 of them are used). */
  static UUID timeOrdered(long millis, long randomHigh, long randomLow) {
    long msb = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (randomHigh & 0x0FFFL);
    long lsb = (randomLow & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(msb, lsb);
  }
}
