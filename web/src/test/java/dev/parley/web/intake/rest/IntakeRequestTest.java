package dev.parley.web.intake.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.routing.api.Channel;
import dev.parley.routing.api.Direction;
import org.junit.jupiter.api.Test;

class IntakeRequestTest {

  @Test
  void defaultsPriorityAndDirectionAndAcceptsAnyCase() {
    var c = new IntakeRequest("chat", "Support", "Jane", null, null, null, null).toNewContact();

    assertThat(c.channel()).isEqualTo(Channel.CHAT);
    assertThat(c.priority()).isZero();
    assertThat(c.direction()).isEqualTo(Direction.INBOUND);
    assertThat(c.skills()).isEmpty();
  }

  @Test
  void skillsOfTheContactPassThrough() {
    var c =
        new IntakeRequest(
                "chat", "Support", "Jane", null, null, java.util.Map.of("spanish", 5), null)
            .toNewContact();

    assertThat(c.skills()).containsEntry("spanish", 5);
  }

  @Test
  void unknownOrMissingChannelIsRefusedNamingTheField() {
    assertThatThrownBy(
            () -> new IntakeRequest("FAX", "Support", "Jane", 0, null, null, null).toNewContact())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown channel 'FAX'");
    assertThatThrownBy(
            () -> new IntakeRequest(null, "Support", "Jane", 0, null, null, null).toNewContact())
        .hasMessageContaining("channel is required");
  }
}
