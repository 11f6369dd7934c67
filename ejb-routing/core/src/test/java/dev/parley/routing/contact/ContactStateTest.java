package dev.parley.routing.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContactStateTest {
  private static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

  private static Contact received() {
    return Contact.builder(ContactId.of("c1"), Channel.VOICE, QueueId.of("q"), T).build();
  }

  @Test
  void followsTheHappyPathAndRecordsEveryTransitionWithItsTime() {
    Contact c = received();
    c.moveTo(ContactState.QUEUED, T.plusSeconds(1));
    c.moveTo(ContactState.OFFERED, T.plusSeconds(2));
    c.moveTo(ContactState.ACTIVE, T.plusSeconds(3));
    c.moveTo(ContactState.WRAP_UP, T.plusSeconds(4));
    c.moveTo(ContactState.CLOSED, T.plusSeconds(5));

    assertThat(c.history()).hasSize(5);
    assertThat(c.enteredAt(ContactState.ACTIVE)).contains(T.plusSeconds(3));
    assertThat(c.state().isTerminal()).isTrue();
  }

  @Test
  void refusesSkippingFromQueuedToActiveWithAMessageNamingBothStates() {
    Contact c = received();
    c.moveTo(ContactState.QUEUED, T);

    assertThatThrownBy(() -> c.moveTo(ContactState.ACTIVE, T))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("c1")
        .hasMessageContaining("from QUEUED to ACTIVE")
        .hasMessageContaining("OFFERED");
    assertThat(c.state()).isEqualTo(ContactState.QUEUED);
  }

  @Test
  void terminalStatesLeadNowhere() {
    assertThat(ContactState.CLOSED.next()).isEmpty();
    assertThat(ContactState.ABANDONED.next()).isEmpty();
    assertThat(ContactState.OVERFLOWED.next()).isEmpty();
  }

  @Test
  void anOfferCanGoBackToTheQueueButAWrapUpCannot() {
    assertThat(ContactState.OFFERED.canMoveTo(ContactState.QUEUED)).isTrue();
    assertThat(ContactState.WRAP_UP.canMoveTo(ContactState.QUEUED)).isFalse();
  }

  @Test
  void liveCallsAreVoiceAndVideoAndDeferrableWorkIsEmailAndSms() {
    assertThat(Channel.VOICE.isLiveCall()).isTrue();
    assertThat(Channel.VIDEO.isLiveCall()).isTrue();
    assertThat(Channel.CHAT.isLiveCall()).isFalse();
    assertThat(Channel.EMAIL.isDeferrable()).isTrue();
    assertThat(Channel.SMS.isDeferrable()).isTrue();
    assertThat(Channel.CHAT.isDeferrable()).isFalse();
  }

  @Test
  void idsMustNotBeBlank() {
    assertThatThrownBy(() -> ContactId.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
