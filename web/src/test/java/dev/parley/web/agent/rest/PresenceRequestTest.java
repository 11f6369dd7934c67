package dev.parley.web.agent.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.routing.api.Presence;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresenceRequestTest {
  private static final List<String> REASONS = List.of("Lunch", "Training", "Meeting", "Personal");

  @Test
  void aBreakNeedsOneOfTheListedReasons() {
    assertThat(new AgentResource.PresenceRequest("BREAK", "Lunch").toPresence(REASONS))
        .isEqualTo(Presence.onBreak("Lunch"));
    assertThat(new AgentResource.PresenceRequest("available", null).toPresence(REASONS))
        .isEqualTo(Presence.AVAILABLE);
    assertThatThrownBy(() -> new AgentResource.PresenceRequest("BREAK", "Nap").toPresence(REASONS))
        .hasMessageContaining("Lunch");
    assertThatThrownBy(
            () -> new AgentResource.PresenceRequest("AVAILABLE", "Lunch").toPresence(REASONS))
        .hasMessageContaining("only a BREAK");
  }

  @Test
  void aBreakWithAReasonOfTheConfiguredListIsAccepted() {
    List<String> configured = BreakReasons.checked(List.of(" Coaching ", "Lunch"));
    assertThat(new AgentResource.PresenceRequest("BREAK", "Coaching").toPresence(configured))
        .isEqualTo(Presence.onBreak("Coaching"));
    assertThatThrownBy(
            () -> new AgentResource.PresenceRequest("BREAK", "Training").toPresence(configured))
        .hasMessageContaining("Coaching");
  }

  @Test
  void aBadListOfReasonsNamesTheSetting() {
    assertThat(BreakReasons.checked(List.of("Lunch", "", "Training")))
        .containsExactly("Lunch", "Training");
    assertThatThrownBy(() -> BreakReasons.checked(List.of()))
        .hasMessage(
            "setting parley.agent.break-reasons (environment PARLEY_AGENT_BREAK_REASONS): at least one reason is needed");
    assertThatThrownBy(() -> BreakReasons.checked(List.of("Lunch", "lunch")))
        .hasMessageContaining("listed twice");
    assertThatThrownBy(() -> BreakReasons.checked(List.of("x".repeat(65))))
        .hasMessageContaining("longer than 64");
  }
}
