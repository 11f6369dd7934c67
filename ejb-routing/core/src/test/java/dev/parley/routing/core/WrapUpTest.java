package dev.parley.routing.core;

import static dev.parley.routing.api.Channel.CHAT;
import static dev.parley.routing.api.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.queue.QueueConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rule 8: wrap-up time and disposition codes. */
class WrapUpTest {
  private final Fixture f = new Fixture();

  @Test
  void afterAContactEndsTheAgentIsInWrapUpForTheQueueWrapUpTime() {
    f.queue(Fixture.voiceQueue("q").wrapUpTime(Duration.ofSeconds(30)).build());
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    f.accept("c1", "a");
    f.end("c1");
    assertThat(f.agentState("a").presence()).isEqualTo(Presence.WRAP_UP);
    f.arrive("c2", VOICE, "q");
    assertThat(f.offeredTo("c2")).isEmpty();

    f.tickAfter(Duration.ofSeconds(30));

    assertThat(f.state("c1")).isEqualTo(ContactState.CLOSED);
    assertThat(f.agentState("a").presence()).isEqualTo(Presence.AVAILABLE);
    assertThat(f.offeredTo("c2")).containsExactly("a");
  }

  @Test
  void theAgentCanFinishWrapUpEarly() {
    f.queue(Fixture.voiceQueue("q").wrapUpTime(Duration.ofSeconds(30)).build());
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    f.accept("c1", "a");
    f.end("c1");
    f.wrapUp("c1", "sale");

    assertThat(f.state("c1")).isEqualTo(ContactState.CLOSED);
    assertThat(f.contact("c1").disposition()).contains("sale");
    assertThat(f.agentState("a").presence()).isEqualTo(Presence.AVAILABLE);
  }

  @Test
  void refusesFinishingWrapUpWithoutADispositionWhenTheQueueRequiresOne() {
    f.queue(
        Fixture.voiceQueue("q")
            .wrapUpTime(Duration.ofSeconds(30))
            .dispositionRequired(true)
            .build());
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    f.accept("c1", "a");
    f.end("c1");

    Fixture.assertRefused(f.wrapUp("c1", " "), "requires a disposition");
    assertThat(f.state("c1")).isEqualTo(ContactState.WRAP_UP);
  }

  @Test
  void wrapUpDoesNotEndOnItsOwnWhileARequiredDispositionIsMissing() {
    f.queue(
        Fixture.voiceQueue("q")
            .wrapUpTime(Duration.ofSeconds(30))
            .dispositionRequired(true)
            .build());
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    f.accept("c1", "a");
    f.end("c1");

    var events = f.tickAfter(Duration.ofSeconds(30));

    assertThat(events)
        .anySatisfy(e -> assertThat(e).isInstanceOf(RoutingEvent.WrapUpOverdue.class));
    assertThat(f.state("c1")).isEqualTo(ContactState.WRAP_UP);
    f.wrapUp("c1", "resolved");
    assertThat(f.state("c1")).isEqualTo(ContactState.CLOSED);
  }

  @Test
  void withoutWrapUpTimeTheContactClosesWhenItEnds() {
    f.queue(Fixture.voiceQueue("q").build());
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    f.accept("c1", "a");
    f.end("c1");
    assertThat(f.state("c1")).isEqualTo(ContactState.CLOSED);
    assertThat(f.agentState("a").hasWork()).isFalse();
  }

  @Test
  void aChatEndingWhileOthersContinueKeepsItsSlotUntilWrappedUp() {
    f.queue(QueueConfig.builder("q", CHAT).wrapUpTime(Duration.ofSeconds(30)).build());
    f.agent("a", Skills.NONE, "q");
    for (int i = 1; i <= 3; i++) {
      f.arrive("chat" + i, CHAT, "q");
      f.accept("chat" + i, "a");
    }
    f.end("chat1");
    assertThat(f.agentState("a").presence()).isEqualTo(Presence.AVAILABLE);
    f.arrive("chat4", CHAT, "q");
    assertThat(f.offeredTo("chat4")).isEmpty();
    f.wrapUp("chat1", null);
    assertThat(f.offeredTo("chat4")).containsExactly("a");
  }

  @Test
  void refusesEndingAContactThatIsNotActive() {
    f.queue(Fixture.voiceQueue("q").build());
    f.arrive("c1", VOICE, "q");
    Fixture.assertRefused(f.end("c1"), "only an ACTIVE one can end");
  }
}
