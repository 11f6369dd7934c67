package dev.parley.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

  @Test
  void laterIdsSortLaterAsStrings() {
    UUID early = TimeOrderedIds.timeOrdered(1_000, -1L, -1L); // all random bits set
    UUID late = TimeOrderedIds.timeOrdered(1_001, 0L, 0L); // none set

    assertThat(late.toString()).isGreaterThan(early.toString());
  }

  @Test
  void idsCarryTheirPrefixAndMillisecond() {
    Instant at = Instant.parse("2026-12-05T21:50:00.042Z");
    String id = TimeOrderedIds.next("m-", Clock.fixed(at, ZoneOffset.UTC));

    assertThat(id).startsWith("m-");
    UUID uuid = UUID.fromString(id.substring(2));
    assertThat(uuid.version()).isEqualTo(7);
    assertThat(uuid.variant()).isEqualTo(2);
    assertThat(uuid.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
  }

  @Test
  void idsOfSuccessiveMillisecondsSortInOrder() {
    List<String> ids = new ArrayList<>();
    for (long ms = 0; ms < 1_000; ms++) {
      ids.add(TimeOrderedIds.next("o-", Clock.fixed(Instant.ofEpochMilli(ms), ZoneOffset.UTC)));
    }
    assertThat(ids).isSorted();
  }
}
