package dev.parley.routing.core;

import static dev.parley.routing.api.Channel.CHAT;
import static dev.parley.routing.api.Channel.VOICE;
import static dev.parley.routing.api.Channel.VOICEMAIL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.Capacity;
import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.queue.QueueConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A voicemail contact is deferrable work (ADR 0020): it waits in the queue of the call that left
 * it, is blended behind calls and chats, is interrupted by a call and never takes the agent whole.
 */
class VoicemailRoutingTest {
  private final Fixture f = new Fixture();

  private PassReason lastReason(String contact, String agent) {
    var d = f.engine.explain(ContactId.of(contact));
    return d.get(d.size() - 1).verdictFor(AgentId.of(agent)).orElseThrow().reason();
  }

  @Test
  void aQueueThatTakesCallsTakesTheirVoicemail() {
    assertThat(Fixture.voiceQueue("calls").build().serves(VOICEMAIL)).isTrue();
    assertThat(QueueConfig.builder("video", dev.parley.routing.api.Channel.VIDEO).build())
        .matches(q -> q.serves(VOICEMAIL));
    assertThat(QueueConfig.builder("chats", CHAT).build().serves(VOICEMAIL)).isFalse();
  }

  @Test
  void voicemailIsDeferrableAndNotALiveCall() {
    assertThat(VOICEMAIL.isDeferrable()).isTrue();
    assertThat(VOICEMAIL.isLiveCall()).isFalse();
    assertThat(Capacity.DEFAULT.of(VOICEMAIL)).isPositive();
    assertThat(RoutingSettings.DEFAULT.weight(VOICEMAIL))
        .isLessThan(RoutingSettings.DEFAULT.weight(CHAT))
        .isGreaterThan(RoutingSettings.DEFAULT.weight(dev.parley.routing.api.Channel.EMAIL));
  }

  @Test
  void aVoicemailWaitsInTheCallsQueueAndIsOfferedToItsAgent() {
    f.queue(Fixture.voiceQueue("calls").build()).agent("a", Skills.NONE, "calls");
    f.arrive("vm", VOICEMAIL, "calls");

    assertThat(f.offeredTo("vm")).containsExactly("a");
  }

  @Test
  void theWaitingCallIsOfferedBeforeTheVoicemail() {
    f.queue(Fixture.voiceQueue("calls").build());
    f.agent("a", Skills.NONE, "calls").agent("b", Skills.NONE, "calls");
    f.presence("a", Presence.onBreak("x"));
    f.presence("b", Presence.onBreak("x"));
    f.arrive("vm", VOICEMAIL, "calls");
    f.arrive("call", VOICE, "calls");

    f.presence("a", Presence.AVAILABLE); // the call first, though the voicemail came earlier
    f.presence("b", Presence.AVAILABLE);

    assertThat(f.offeredTo("call")).containsExactly("a");
    assertThat(f.offeredTo("vm")).containsExactly("b");
  }

  @Test
  void theWaitingChatIsOfferedBeforeTheVoicemail() {
    f.queue(QueueConfig.builder("q", VOICE, CHAT).build());
    f.agent(
        dev.parley.routing.agent.AgentProfile.of("a", Skills.NONE)
            .withCapacity(Capacity.DEFAULT.with(CHAT, 1).with(VOICEMAIL, 1))
            .withQueue(dev.parley.routing.api.id.QueueId.of("q"), 0));
    f.presence("a", Presence.onBreak("x"));
    f.arrive("vm", VOICEMAIL, "q");
    f.arrive("chat", CHAT, "q");

    f.presence("a", Presence.AVAILABLE);

    assertThat(f.offeredTo("chat")).containsExactly("a");
  }

  @Test
  void aVoicemailIsHeldBackWhileACallTheAgentCouldTakeWaits() {
    f.queue(Fixture.voiceQueue("calls").wrapUpTime(Duration.ofSeconds(60)).build());
    f.agent("a", Skills.NONE, "calls");
    f.arrive("call1", VOICE, "calls");
    f.accept("call1", "a");
    f.end("call1");
    f.presence("a", Presence.AVAILABLE);
    f.arrive("call2", VOICE, "calls");
    f.arrive("vm", VOICEMAIL, "calls");

    assertThat(f.offeredTo("vm")).isEmpty();
    assertThat(lastReason("vm", "a")).isEqualTo(PassReason.BLENDING_HELD_BACK);
  }

  @Test
  void aCallInterruptsAVoicemail() {
    f.queue(Fixture.voiceQueue("calls").build()).agent("a", Skills.NONE, "calls");
    f.arrive("vm", VOICEMAIL, "calls");
    f.accept("vm", "a");
    f.arrive("call", VOICE, "calls");

    assertThat(f.offeredTo("call")).containsExactly("a");
  }

  @Test
  void aVoicemailIsNeverExclusive() {
    f.queue(QueueConfig.builder("q", VOICE, CHAT).build()).agent("a", Skills.NONE, "q");
    f.arrive("vm", VOICEMAIL, "q");
    f.accept("vm", "a");
    f.arrive("chat", CHAT, "q");
    f.arrive("vm2", VOICEMAIL, "q");

    assertThat(f.offeredTo("chat")).containsExactly("a");
    assertThat(f.offeredTo("vm2")).containsExactly("a");
  }
}
