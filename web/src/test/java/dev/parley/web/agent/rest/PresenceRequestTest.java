package dev.parley.web.agent.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.routing.api.Presence;
import org.junit.jupiter.api.Test;

class PresenceRequestTest {

  @Test
  void aBreakNeedsOneOfTheListedReasons() {
    assertThat(new AgentResource.PresenceRequest("BREAK", "Lunch").toPresence()).isEqualTo(Presence.onBreak("Lunch"));
    assertThat(new AgentResource.PresenceRequest("available", null).toPresence()).isEqualTo(Presence.AVAILABLE);
    assertThatThrownBy(() -> new AgentResource.PresenceRequest("BREAK", "Nap").toPresence())
        .hasMessageContaining("Lunch");
    assertThatThrownBy(() -> new AgentResource.PresenceRequest("AVAILABLE", "Lunch").toPresence())
        .hasMessageContaining("only a BREAK");
  }
}
