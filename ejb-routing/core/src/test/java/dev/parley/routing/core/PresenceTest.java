package dev.parley.routing.core;

import static dev.parley.routing.api.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import org.junit.jupiter.api.Test;

/** Logging in and out, breaks with reasons, and what presence changes do to open offers. */
class PresenceTest {
  private final Fixture f = new Fixture();

  PresenceTest() {
    f.queue(Fixture.voiceQueue("q").build());
  }

  @Test
  void aBreakCarriesItsReasonInThePresenceEvent() {
    f.agent("a", Skills.NONE, "q");
    var events = f.presence("a", Presence.onBreak("training"));
    assertThat(events)
        .containsExactly(
            new RoutingEvent.AgentPresenceChanged(
                AgentId.of("a"), Presence.AVAILABLE, Presence.onBreak("training"), Fixture.T0));
  }

  @Test
  void goingOnBreakWithdrawsARingingOfferAndTheContactWaitsAgain() {
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    var events = f.presence("a", Presence.onBreak("lunch"));

    assertThat(events)
        .anySatisfy(e -> assertThat(e).isInstanceOf(RoutingEvent.OfferWithdrawn.class));
    assertThat(f.state("c1")).isEqualTo(ContactState.QUEUED);
  }

  @Test
  void refusesLoggingOutWithAContactInProgress() {
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    f.accept("c1", "a");
    Fixture.assertRefused(f.presence("a", Presence.OFFLINE), "still has contacts in progress");
    assertThat(f.engine.agent(AgentId.of("a"))).isPresent();
  }

  @Test
  void loggingOutRemovesTheAgentFromRouting() {
    f.agent("a", Skills.NONE, "q");
    f.presence("a", Presence.OFFLINE);
    f.arrive("c1", VOICE, "q");
    assertThat(f.engine.agent(AgentId.of("a"))).isEmpty();
    assertThat(f.offeredTo("c1")).isEmpty();
  }

  @Test
  void refusesLoggingInTwiceAndChoosingEngineManagedPresences() {
    f.agent("a", Skills.NONE, "q");
    Fixture.assertRefused(
        f.apply(
            new Command.AgentLoggedIn(
                AgentProfile.of("a", Skills.NONE, QueueId.of("q")), Presence.AVAILABLE)),
        "already logged in");
    Fixture.assertRefused(f.presence("a", Presence.WRAP_UP), "set by the engine");
  }

  @Test
  void refusesUnknownQueuesAndChannelsTheQueueDoesNotServe() {
    Fixture.assertRefused(f.arrive("c1", VOICE, "nope"), "unknown queue nope");
    Fixture.assertRefused(
        f.arrive("c2", dev.parley.routing.api.Channel.EMAIL, "q"), "does not serve EMAIL");
    assertThat(f.engine.contact(ContactId.of("c2"))).isEmpty();
  }

  @Test
  void aNotRespondingAgentIsBackInRoutingWhenItGoesAvailable() {
    Fixture g = new Fixture(RoutingSettings.DEFAULT.withNoAnswerLimit(1));
    g.queue(Fixture.voiceQueue("q").offerTimeout(java.time.Duration.ofSeconds(5)).build());
    g.agent("a", Skills.NONE, "q");
    g.arrive("c1", VOICE, "q");
    g.tickAfter(java.time.Duration.ofSeconds(5));
    assertThat(g.agentState("a").presence()).isEqualTo(Presence.NOT_RESPONDING);

    g.presence("a", Presence.AVAILABLE);

    assertThat(g.offeredTo("c1")).containsExactly("a", "a");
  }
}
