package dev.parley.routing.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.CustomerId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StickyAgentMemoryTest {
  private static final Duration KEEP = Duration.ofHours(1);
  private final Instant t0 = Instant.parse("2026-03-02T10:00:00Z");

  private static List<CustomerId> ids(String... keys) {
    return java.util.Arrays.stream(keys).map(CustomerId::of).toList();
  }

  @Test
  void remembersTheLastAgentWithinTheWindowOnly() {
    StickyAgentMemory m = new StickyAgentMemory();
    m.remember(CustomerId.of("cust"), AgentId.of("a"), t0, KEEP);
    m.remember(CustomerId.of("cust"), AgentId.of("b"), t0.plusSeconds(10), KEEP);

    Duration window = Duration.ofHours(1);
    assertThat(m.previousAgent(ids("cust"), t0.plusSeconds(60), window)).contains(AgentId.of("b"));
    assertThat(m.previousAgent(ids("cust"), t0.plus(Duration.ofHours(2)), window)).isEmpty();
    assertThat(m.previousAgent(ids("other"), t0, window)).isEmpty();
    assertThat(m.previousAgent(ids("cust"), t0.plusSeconds(60), Duration.ZERO)).isEmpty();
  }

  @Test
  void theLatestOfSeveralLinkedIdentitiesWins() {
    StickyAgentMemory m = new StickyAgentMemory();
    m.remember(CustomerId.of("+15550100"), AgentId.of("a"), t0, KEEP);
    m.remember(CustomerId.of("ann@example.com"), AgentId.of("b"), t0.plusSeconds(30), KEEP);
    m.remember(CustomerId.of("visitor-7"), AgentId.of("c"), t0.plusSeconds(20), KEEP);

    assertThat(
            m.previousAgent(
                ids("+15550100", "ann@example.com", "visitor-7"), t0.plusSeconds(60), KEEP))
        .contains(AgentId.of("b"));
    assertThat(m.previousAgent(ids("+15550100", "visitor-7"), t0.plusSeconds(60), KEEP))
        .contains(AgentId.of("c"));
  }

  @Test
  void whatIsOlderThanTheLongestWindowIsForgottenAsNewServiceIsRemembered() {
    StickyAgentMemory m = new StickyAgentMemory();
    m.remember(CustomerId.of("early"), AgentId.of("a"), t0, KEEP);
    m.remember(CustomerId.of("regular"), AgentId.of("a"), t0.plusSeconds(60), KEEP);
    // "early" served again later: it moves behind "regular" and is not dropped with it.
    m.remember(CustomerId.of("early"), AgentId.of("b"), t0.plus(Duration.ofMinutes(50)), KEEP);
    assertThat(m.size()).isEqualTo(2);

    m.remember(CustomerId.of("late"), AgentId.of("c"), t0.plus(Duration.ofMinutes(75)), KEEP);

    assertThat(m.size()).isEqualTo(2); // "regular" (served 74 minutes before) is gone
    assertThat(m.previousAgent(ids("early"), t0.plus(Duration.ofMinutes(75)), Duration.ofDays(1)))
        .contains(AgentId.of("b"));
    assertThat(m.previousAgent(ids("regular"), t0.plus(Duration.ofMinutes(75)), Duration.ofDays(1)))
        .isEmpty();
  }
}
