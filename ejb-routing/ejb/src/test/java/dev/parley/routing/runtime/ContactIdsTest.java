package dev.parley.routing.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContactIdsTest {

  @Test
  void idsAreVersion7UuidsWithTheMillisecondsInFront() {
    Instant at = Instant.parse("2026-11-23T19:40:00.123Z");
    String id = new ContactIds(Clock.fixed(at, ZoneOffset.UTC)).next().value();

    assertThat(id).startsWith("c-");
    UUID uuid = UUID.fromString(id.substring(2));
    assertThat(uuid.version()).isEqualTo(7);
    assertThat(uuid.variant()).isEqualTo(2);
    assertThat(uuid.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
  }

  @Test
  void idsOfTheSameMillisecondDiffer() {
    ContactIds ids = new ContactIds(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      seen.add(ids.next().value());
    }
    assertThat(seen).hasSize(10_000);
  }
}
