package dev.parley.media.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RecordingPlanTest {

  private final RecordingPlan plan = new RecordingPlan(Path.of("/srv/rec"), "2026/12/c-1", false);

  @Test
  void aPartysFirstFileIsItsPartyFileAndLaterOnesAreNumbered() {
    assertThat(plan.partyFile("agent:bob", 1))
        .isEqualTo(plan.partyFile("agent:bob"))
        .isEqualTo("2026/12/c-1.agent_bob.webm");
    assertThat(plan.partyFile("agent:bob", 2)).isEqualTo("2026/12/c-1.agent_bob.2.webm");
  }

  @Test
  void noPartOfOnePartyIsNamedLikeAnotherParty() {
    assertThat(plan.partyFile("agent:bob", 2)).isNotEqualTo(plan.partyFile("agent:bob-2"));
  }

  @Test
  void partsCountFromOne() {
    assertThatThrownBy(() -> plan.partyFile("customer", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
