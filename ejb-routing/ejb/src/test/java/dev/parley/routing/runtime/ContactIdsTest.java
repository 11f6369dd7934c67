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
  void contactIdsAreTimeOrderedIdsWithTheirPrefix() {
    String id = new ContactIds(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).next().value();

    assertThat(id).startsWith("c-");
    assertThat(UUID.fromString(id.substring(2)).version()).isEqualTo(7); // TimeOrderedIdsTest
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
