package dev.parley.routing.core;

import static dev.parley.routing.api.Channel.EMAIL;
import static dev.parley.routing.api.Channel.SMS;
import static dev.parley.routing.api.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.ServiceLevelTarget;
import dev.parley.routing.queue.SkillRequirement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rule 3: e-mail and SMS only at low load. */
class BlendingTest {
  private final Fixture f = new Fixture();

  BlendingTest() {
    f.queue(
        Fixture.voiceQueue("calls")
            .serviceLevel(new ServiceLevelTarget(0.8, Duration.ofSeconds(20)))
            .build());
    f.queue(QueueConfig.builder("mail", EMAIL, SMS).build());
  }

  private PassReason lastReason(String contact, String agent) {
    var d = f.engine.explain(ContactId.of(contact));
    return d.get(d.size() - 1).verdictFor(AgentId.of(agent)).orElseThrow().reason();
  }

  @Test
  void offersEmailWhenNoCallWaitsAndVoiceIsOnTarget() {
    f.agent("a", Skills.NONE, "calls", "mail");
    f.arrive("m1", EMAIL, "mail");
    assertThat(f.offeredTo("m1")).containsExactly("a");
  }

  @Test
  void emailWaitsWhileACallWaitsForAnotherAgentOnly() {
    // The call needs a skill only agent b has; a could not take it, so it does not hold a back.
    f.queue(Fixture.voiceQueue("spanish").requires(SkillRequirement.of("spanish", 5)).build());
    f.agent("a", Skills.NONE, "spanish", "mail");
    f.arrive("call", VOICE, "spanish");
    f.arrive("m1", EMAIL, "mail");
    assertThat(f.offeredTo("m1")).containsExactly("a");
  }

  @Test
  void holdsEmailBackWhileTheVoiceQueueIsBelowItsServiceLevel() {
    f.agent("a", Skills.NONE, "calls", "mail");
    f.presence("a", Presence.onBreak("x"));
    f.arrive("late", VOICE, "calls");
    f.clock.advance(Duration.ofSeconds(60)); // answered after 60 s: service level 0%
    f.presence("a", Presence.AVAILABLE);
    f.handle("late", "a");
    assertThat(f.engine.serviceLevel(dev.parley.routing.api.id.QueueId.of("calls"))).isZero();

    f.arrive("m1", EMAIL, "mail");

    assertThat(f.offeredTo("m1")).isEmpty();
    assertThat(lastReason("m1", "a")).isEqualTo(PassReason.BLENDING_HELD_BACK);
  }

  @Test
  void releasesHeldEmailOnceTheWaitingCallIsTaken() {
    f.agent("a", Skills.NONE, "calls", "mail");
    f.agent("b", Skills.NONE, "calls", "mail");
    f.presence("a", Presence.onBreak("x"));
    f.presence("b", Presence.onBreak("x"));
    f.arrive("call", VOICE, "calls");
    f.arrive("m1", EMAIL, "mail");

    f.presence("a", Presence.AVAILABLE); // a takes the call
    f.presence("b", Presence.AVAILABLE); // no call waits any more: b may take the e-mail

    assertThat(f.offeredTo("call")).containsExactly("a");
    assertThat(f.offeredTo("m1")).containsExactly("b");
  }

  /**
   * Agent a finished a call and made itself available during wrap-up: its voice slot is still held,
   * so a new call waits — a call a could take once the slot is free.
   */
  private void callWaitsForAgentInWrapUp() {
    f.queue(Fixture.voiceQueue("calls").wrapUpTime(Duration.ofSeconds(60)).build());
    f.agent("a", Skills.NONE, "calls", "mail");
    f.arrive("call1", VOICE, "calls");
    f.accept("call1", "a");
    f.end("call1");
    f.presence("a", Presence.AVAILABLE);
    f.arrive("call2", VOICE, "calls");
    assertThat(f.offeredTo("call2")).isEmpty();
  }

  @Test
  void holdsEmailBackWhileACallTheAgentCouldTakeIsWaiting() {
    callWaitsForAgentInWrapUp();
    f.arrive("m1", EMAIL, "mail");

    assertThat(f.offeredTo("m1")).isEmpty();
    assertThat(lastReason("m1", "a")).isEqualTo(PassReason.BLENDING_HELD_BACK);
  }

  @Test
  void holdsSmsBackWhileACallTheAgentCouldTakeIsWaiting() {
    callWaitsForAgentInWrapUp();
    f.arrive("s1", SMS, "mail");

    assertThat(f.offeredTo("s1")).isEmpty();
    assertThat(lastReason("s1", "a")).isEqualTo(PassReason.BLENDING_HELD_BACK);
  }

  @Test
  void heldEmailIsOfferedOnceAnotherAgentTakesTheWaitingCall() {
    callWaitsForAgentInWrapUp();
    f.arrive("m1", EMAIL, "mail");
    f.agent("b", Skills.NONE, "calls");

    assertThat(f.offeredTo("call2")).containsExactly("b");
    assertThat(f.offeredTo("m1")).containsExactly("a");
  }

  @Test
  void heldEmailIsReleasedWhenTheVoiceServiceLevelRecovers() {
    f.agent("a", Skills.NONE, "calls", "mail");
    f.agent("b", Skills.NONE, "calls");
    f.presence("a", Presence.onBreak("x"));
    f.presence("b", Presence.onBreak("x"));
    f.arrive("late", VOICE, "calls");
    f.clock.advance(Duration.ofSeconds(60));
    f.presence("b", Presence.AVAILABLE);
    f.handle("late", "b"); // 0% in 20 s
    f.presence("a", Presence.AVAILABLE);
    f.arrive("m1", EMAIL, "mail");
    assertThat(f.offeredTo("m1")).isEmpty();

    for (int i = 1; i <= 4; i++) { // four quick answers by b: 4 of 5 = 80%, on target
      f.presence("a", Presence.onBreak("x"));
      f.arrive("quick" + i, VOICE, "calls");
      f.presence("a", Presence.AVAILABLE);
      assertThat(f.offeredTo("quick" + i)).containsExactly("b");
      f.handle("quick" + i, "b");
    }

    assertThat(f.offeredTo("m1")).containsExactly("a");
  }
}
