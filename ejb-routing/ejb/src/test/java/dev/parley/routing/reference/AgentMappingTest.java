package dev.parley.routing.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.jpa.AgentProfileEntity;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.admin.AgentRoutingProfile;
import dev.parley.routing.api.id.QueueId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentMappingTest {

  @Test
  void missingCapacitiesGetTheDefaultsAndEverythingRoundTrips() {
    AgentRoutingProfile given =
        new AgentRoutingProfile(
            "alice",
            Map.of("Billing", 7),
            Map.of("chat", 2),
            List.of(new AgentRoutingProfile.Membership("Support", 3)));

    AgentProfile profile = AgentMapping.toProfile(given);
    AgentProfileEntity stored = new AgentProfileEntity("alice");
    AgentMapping.apply(profile, stored);
    AgentRoutingProfile back = AgentMapping.toDefinition(stored);

    assertThat(profile.skills().level("billing")).isEqualTo(7);
    assertThat(profile.capacity().of(Channel.CHAT)).isEqualTo(2);
    assertThat(profile.capacity().of(Channel.EMAIL)).isEqualTo(5);
    assertThat(profile.priorityIn(QueueId.of("Support"))).isEqualTo(3);
    assertThat(back.capacity())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("VOICE", 1, "VIDEO", 1, "CHAT", 2, "EMAIL", 5, "SMS", 5, "VOICEMAIL", 3));
    assertThat(back.skills()).containsExactlyEntriesOf(Map.of("billing", 7));
    assertThat(AgentMapping.toProfile(stored)).isEqualTo(profile);
  }

  @Test
  void invalidLevelsAndChannelsAreRefused() {
    assertThatThrownBy(
            () ->
                AgentMapping.toProfile(
                    new AgentRoutingProfile("a", Map.of("x", 11), Map.of(), List.of())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                AgentMapping.toProfile(
                    new AgentRoutingProfile("a", Map.of(), Map.of("FAX", 1), List.of())))
        .hasMessageContaining("unknown channel");
  }
}
