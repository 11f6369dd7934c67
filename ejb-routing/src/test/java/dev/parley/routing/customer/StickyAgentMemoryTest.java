package dev.parley.routing.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.AgentId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StickyAgentMemoryTest {
  private final Instant t0 = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void remembersTheLastAgentWithinTheWindowOnly() {
    StickyAgentMemory m = new StickyAgentMemory();
    m.remember(CustomerId.of("cust"), AgentId.of("a"), t0);
    m.remember(CustomerId.of("cust"), AgentId.of("b"), t0.plusSeconds(10));

    Duration window = Duration.ofHours(1);
    assertThat(m.previousAgent(CustomerId.of("cust"), t0.plusSeconds(60), window))
        .contains(AgentId.of("b"));
    assertThat(m.previousAgent(CustomerId.of("cust"), t0.plus(Duration.ofHours(2)), window))
        .isEmpty();
    assertThat(m.previousAgent(CustomerId.of("other"), t0, window)).isEmpty();
  }
}
