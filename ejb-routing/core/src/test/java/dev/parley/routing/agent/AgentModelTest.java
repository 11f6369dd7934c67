package dev.parley.routing.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.routing.api.Channel;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.PresenceStatus;
import dev.parley.routing.api.id.ContactId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgentModelTest {
  @Test
  void skillLevelsAreOneToTenAndMissingSkillsAreLevelZero() {
    Skills s = Skills.of("Spanish", 7);
    assertThat(s.level("spanish")).isEqualTo(7);
    assertThat(s.level("billing")).isZero();
    assertThatThrownBy(() -> Skills.of("x", 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1..10");
  }

  @Test
  void defaultCapacityIsVoice1Video1Chat3Sms5Email5AndChatNotInterruptible() {
    Capacity c = Capacity.DEFAULT;
    assertThat(c.of(Channel.VOICE)).isEqualTo(1);
    assertThat(c.of(Channel.VIDEO)).isEqualTo(1);
    assertThat(c.of(Channel.CHAT)).isEqualTo(3);
    assertThat(c.of(Channel.SMS)).isEqualTo(5);
    assertThat(c.of(Channel.EMAIL)).isEqualTo(5);
    assertThat(c.chatInterruptibleByCall()).isFalse();
  }

  @Test
  void aBreakNeedsAReasonAndOnlyABreakHasOne() {
    assertThat(Presence.onBreak("lunch").toString()).isEqualTo("BREAK(lunch)");
    assertThatThrownBy(() -> new Presence(PresenceStatus.BREAK, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Presence(PresenceStatus.AVAILABLE, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void offlineMayCarryTheReasonRoutingTookTheAgentOutForAndNoOtherStatusDoes() {
    assertThat(Presence.CONNECTION_LOST.offlineReason()).isEqualTo("connection lost");
    assertThat(Presence.CONNECTION_LOST.breakReason()).isNull();
    assertThat(Presence.onBreak("lunch").offlineReason()).isNull();
    assertThat(Presence.CONNECTION_LOST.is(PresenceStatus.OFFLINE)).isTrue();
    assertThatThrownBy(() -> new Presence(PresenceStatus.NOT_RESPONDING, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Presence(PresenceStatus.OFFLINE, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void agentBecomesIdleOnlyWhenItsLastSlotIsReleased() {
    Instant t0 = Instant.parse("2026-03-02T10:00:00Z");
    Agent a = new Agent(AgentProfile.of("a", Skills.NONE), Presence.AVAILABLE, t0);
    a.hold(ContactId.of("c1"), Channel.CHAT, WorkState.ACTIVE);
    a.hold(ContactId.of("c2"), Channel.CHAT, WorkState.ACTIVE);
    assertThat(a.load(Channel.CHAT)).isEqualTo(2);

    a.release(ContactId.of("c1"), t0.plusSeconds(10));
    assertThat(a.idleSince()).isEqualTo(t0);
    a.release(ContactId.of("c2"), t0.plusSeconds(20));
    assertThat(a.idleSince()).isEqualTo(t0.plusSeconds(20));
  }

  @Test
  void tracksLiveCallsChatsAndWrapUpAsSlotsChangeState() {
    Agent a = new Agent(AgentProfile.of("a", Skills.NONE), Presence.AVAILABLE, Instant.EPOCH);
    ContactId call = ContactId.of("call");
    ContactId chat = ContactId.of("chat");

    a.hold(chat, Channel.CHAT, WorkState.OFFERED);
    assertThat(a.onChat()).isTrue();
    assertThat(a.onLiveCall()).isFalse();
    a.hold(call, Channel.VOICE, WorkState.ACTIVE);
    assertThat(a.onLiveCall()).isTrue();
    assertThat(a.load(Channel.VOICE)).isEqualTo(1);

    a.hold(call, Channel.VOICE, WorkState.WRAP_UP); // the same slot moves on, no new one
    assertThat(a.onLiveCall()).isFalse();
    assertThat(a.isWrappingUp()).isTrue();
    assertThat(a.load(Channel.VOICE)).isEqualTo(1);
    assertThat(a.hasLiveWork()).isTrue();

    a.release(chat, Instant.EPOCH);
    assertThat(a.onChat()).isFalse();
    assertThat(a.hasLiveWork()).isFalse();
    a.release(call, Instant.EPOCH);
    assertThat(a.isWrappingUp()).isFalse();
    assertThat(a.hasWork()).isFalse();
    assertThat(a.load(Channel.VOICE)).isZero();
  }

  @Test
  void skillLevelIsFoundWhetherOrNotTheNameIsNormalised() {
    Skills s = Skills.of("Spanish", 7);
    assertThat(s.level("spanish")).isEqualTo(7);
    assertThat(s.level(" SPANISH ")).isEqualTo(7);
  }
}
