package dev.parley.routing.core;

import static dev.parley.routing.api.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.PresenceStatus;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rule 5: offers time out, rejects and timeouts re-route with the age kept, no-answer limit. */
class OfferTest {
  private final Fixture f = new Fixture(RoutingSettings.DEFAULT.withAgingPerSecond(0));

  OfferTest() {
    f.queue(Fixture.voiceQueue("q").offerTimeout(Duration.ofSeconds(15)).build());
  }

  @Test
  void anOfferTimesOutAfterTheQueueOfferTimeout() {
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    assertThat(f.engine.nextDeadline()).contains(Fixture.T0.plusSeconds(15));

    assertThat(f.tickAfter(Duration.ofSeconds(14))).isEmpty();
    var events = f.tickAfter(Duration.ofSeconds(1));

    assertThat(events)
        .anySatisfy(e -> assertThat(e).isInstanceOf(RoutingEvent.OfferTimedOut.class));
  }

  @Test
  void acceptingMakesTheContactActiveWithTheAgentAssigned() {
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    f.accept("c1", "a");

    assertThat(f.state("c1")).isEqualTo(ContactState.ACTIVE);
    assertThat(f.contact("c1").assignedAgent()).contains(AgentId.of("a"));
  }

  @Test
  void aRejectedContactGoesToAnotherAgent() {
    f.agent("a", Skills.NONE, "q");
    f.clock.advance(Duration.ofSeconds(1));
    f.agent("b", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    assertThat(f.offeredTo("c1")).containsExactly("a");

    f.reject("c1", "a");

    assertThat(f.offeredTo("c1")).containsExactly("a", "b");
    Decision d = f.engine.explain(ContactId.of("c1")).get(1);
    assertThat(d.verdictFor(AgentId.of("a")).orElseThrow().reason())
        .isEqualTo(PassReason.DECLINED_BEFORE);
  }

  @Test
  void aTimedOutContactKeepsItsAgeAheadOfNewerContacts() {
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    f.clock.advance(Duration.ofSeconds(5));
    f.arrive("c2", VOICE, "q");
    f.presence("a", Presence.onBreak("away")); // offer of c1 withdrawn; both wait

    assertThat(f.engine.waiting(QueueId.of("q"), VOICE))
        .containsExactly(ContactId.of("c1"), ContactId.of("c2"));
    assertThat(f.contact("c1").arrivedAt()).isEqualTo(Fixture.T0);
  }

  @Test
  void aContactNoAgentAnswersWaitsAgainAndIsOfferedToTheNextFreeAgent() {
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    f.tickAfter(Duration.ofSeconds(15)); // a does not answer; offered to a again (nobody else)
    f.agent("b", Skills.NONE, "q");
    f.tickAfter(Duration.ofSeconds(15));

    assertThat(f.offeredTo("c1")).endsWith("b");
  }

  @Test
  void repeatedNoAnswersMoveTheAgentToNotResponding() {
    Fixture g = ringingForTenSeconds(2);

    g.tickAfter(Duration.ofSeconds(10));
    assertThat(g.agentState("a").presence().status()).isEqualTo(PresenceStatus.AVAILABLE);
    g.tickAfter(Duration.ofSeconds(10));

    assertThat(g.agentState("a").presence()).isEqualTo(Presence.NOT_RESPONDING);
    assertThat(g.state("c1")).isEqualTo(ContactState.QUEUED);
    assertThat(g.offeredTo("c1")).hasSize(2);
  }

  @Test
  void anAnswerResetsTheNoAnswerCount() {
    Fixture g = ringingForTenSeconds(2);
    g.tickAfter(Duration.ofSeconds(10));
    g.reject("c1", "a");
    g.tickAfter(Duration.ofSeconds(10));

    assertThat(g.agentState("a").presence()).isEqualTo(Presence.AVAILABLE);
  }

  @Test
  void refusesAcceptingAnOfferThatIsNoLongerOpen() {
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    f.presence("a", Presence.onBreak("away"));

    Fixture.assertRefused(f.accept("c1", "a"), "no open offer of contact c1 to agent a");
    assertThat(f.state("c1")).isEqualTo(ContactState.QUEUED);
  }

  @Test
  void anAcceptAfterTheRingTimeIsRefusedBecauseTheTimerFiresFirst() {
    f.agent("a", Skills.NONE, "q");
    f.agent("b", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    f.clock.advance(Duration.ofSeconds(16));

    Fixture.assertRefused(f.accept("c1", "a"), "no open offer");
  }

  @Test
  void abandoningWithdrawsTheOfferAndFreesTheAgent() {
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    var events = f.apply(new Command.ContactAbandoned(ContactId.of("c1")));

    assertThat(events)
        .anySatisfy(e -> assertThat(e).isInstanceOf(RoutingEvent.OfferWithdrawn.class));
    assertThat(f.state("c1")).isEqualTo(ContactState.ABANDONED);
    assertThat(f.agentState("a").hasWork()).isFalse();
  }

  @Test
  void aChangedNoAnswerLimitAppliesToTheNextUnansweredOffer() {
    Fixture g = ringingForTenSeconds(3);

    g.apply(new Command.ChangeSettings(RoutingSettings.DEFAULT.channelWeights(), 1.0, 1));
    g.tickAfter(Duration.ofSeconds(10));

    assertThat(g.agentState("a").presence()).isEqualTo(Presence.NOT_RESPONDING);
  }

  /**
   * Agent a alone in q; call c1 rings it with a 10 s offer timeout; {@code noAnswerLimit} given.
   */
  private static Fixture ringingForTenSeconds(int noAnswerLimit) {
    Fixture g = new Fixture(RoutingSettings.DEFAULT.withNoAnswerLimit(noAnswerLimit));
    g.queue(Fixture.voiceQueue("q").offerTimeout(Duration.ofSeconds(10)).build());
    g.agent("a", Skills.NONE, "q");
    g.arrive("c1", VOICE, "q");
    return g;
  }
}
