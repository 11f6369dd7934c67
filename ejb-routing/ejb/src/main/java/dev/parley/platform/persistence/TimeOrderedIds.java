package dev.parley.platform.persistence;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Row ids that sort by the time they were made: a prefix and a time-ordered UUID (RFC 9562 version
 * 7: 48 bits of Unix milliseconds, then 74 random bits from a {@link SecureRandom}). A table or
 * index keyed by them grows at its right edge, so a commit rewrites the few B-tree pages there
 * instead of one random leaf per new row — on H2, whose every commit writes the pages it touched to
 * a new chunk of the file, that is most of what a busy store writes (docs/benchmarks.md, "E-mail",
 * sixth round); on PostgreSQL it keeps the index's hot pages few. The random bits keep ids
 * unguessable. Thread-safe.
 */
public final class TimeOrderedIds {

  private static final SecureRandom RANDOM = new SecureRandom();

  private TimeOrderedIds() {}

  /** {@code prefix} and a version 7 UUID for the clock's present millisecond. */
  public static String next(String prefix, Clock clock) {
    return prefix + timeOrdered(clock.millis(), RANDOM.nextLong(), RANDOM.nextLong());
  }

  /** A version 7 UUID for {@code millis} with the given random bits (only 74 of them are used). */
  public static UUID timeOrdered(long millis, long randomHigh, long randomLow) {
    long msb = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (randomHigh & 0x0FFFL);
    long lsb = (randomLow & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(msb, lsb);
  }
}
