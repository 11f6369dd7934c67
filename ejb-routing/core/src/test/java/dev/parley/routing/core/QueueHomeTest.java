package dev.parley.routing.core;

import static dev.parley.routing.api.Channel.CHAT;
import static dev.parley.routing.api.Channel.EMAIL;
import static dev.parley.routing.api.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.ServiceLevelTarget;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The per-queue home an agent's scan reaches directly: it must follow the queue through being
 * served before it is configured, reconfigured, removed and added again, and agents logging out and
 * in.
 */
class QueueHomeTest {
  private final Fixture f = new Fixture();

  @Test
  void anAgentServingAQueueBeforeItIsConfiguredTakesItsContactsOnceItIs() {
    f.queue(Fixture.voiceQueue("other").build());
    f.agent("a", Skills.NONE, "later", "other");
    f.arrive("c1", VOICE, "other"); // the unconfigured queue is skipped, the other one served
    f.handle("c1", "a");

    f.queue(Fixture.voiceQueue("later").build());
    f.arrive("c2", VOICE, "later");

    assertThat(f.offeredTo("c1")).containsExactly("a");
    assertThat(f.offeredTo("c2")).containsExactly("a");
  }

  @Test
  void aReconfiguredQueueKeepsItsWaitingContactsAndMembers() {
    f.queue(Fixture.voiceQueue("q").build());
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    f.accept("c1", "a");
    f.arrive("c2", VOICE, "q");

    f.queue(Fixture.voiceQueue("q").offerTimeout(Duration.ofSeconds(7)).build());
    f.end("c1");
    f.wrapUp("c1", "done");

    assertThat(f.offeredTo("c2")).containsExactly("a");
    assertThat(f.events)
        .anySatisfy(
            e ->
                assertThat(e)
                    .isEqualTo(
                        new RoutingEvent.OfferMade(
                            ContactId.of("c2"),
                            AgentId.of("a"),
                            f.clock.instant().plusSeconds(7))));
  }

  @Test
  void contactsWaitingOnAChannelTheQueueStopsServingAreStillOfferedAndNewOnesAreRefused() {
    f.queue(QueueConfig.builder("q", VOICE, EMAIL).build());
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    f.accept("c1", "a"); // a live call: the e-mail below has to wait
    f.arrive("m1", EMAIL, "q");

    f.queue(QueueConfig.builder("q", VOICE).build()); // e-mail no longer served by q
    Fixture.assertRefused(f.arrive("m2", EMAIL, "q"), "does not serve");
    f.end("c1");
    f.wrapUp("c1", "done");

    assertThat(f.offeredTo("m1")).as("the queue drains what already waits").containsExactly("a");
  }

  @Test
  void aCallWaitingOnAChannelTheQueueStopsServingStillGoesBeforeItsEmail() {
    f.queue(QueueConfig.builder("q", VOICE, EMAIL).build());
    f.agent("a", Skills.NONE, "q");
    f.agent("b", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    f.arrive("c2", VOICE, "q");
    f.accept("c1", "a");
    f.accept("c2", "b");
    f.arrive("c3", VOICE, "q"); // waits: both agents are on calls
    f.arrive("m1", EMAIL, "q");

    f.queue(QueueConfig.builder("q", EMAIL).build()); // voice no longer served by q
    f.end("c1");
    f.wrapUp("c1", "done");

    assertThat(f.offeredTo("c3")).as("the waiting call goes first").containsExactly("a");
    assertThat(f.offeredTo("m1")).isEmpty();
  }

  @Test
  void aCallWaitingOnAChannelTheQueueStopsServingStillHoldsBlendedWorkBack() {
    f.queue(QueueConfig.builder("q", VOICE, CHAT, EMAIL).build());
    f.agent("a", Skills.NONE, "q");
    f.arrive("t1", CHAT, "q");
    f.accept("t1", "a"); // on a chat, which a call does not interrupt by default
    f.arrive("c1", VOICE, "q"); // waits for a

    f.queue(QueueConfig.builder("q", CHAT, EMAIL).build()); // voice no longer served by q
    f.arrive("m1", EMAIL, "q");

    assertThat(f.offeredTo("m1")).as("a call a could take still waits").isEmpty();
    f.end("t1");
    f.wrapUp("t1", "done");
    assertThat(f.offeredTo("c1")).containsExactly("a");
  }

  @Test
  void aRemovedQueueAddedAgainServesOnlyAgentsWhoJoinItAfterwards() {
    f.queue(Fixture.voiceQueue("q").build());
    f.agent("a", Skills.NONE, "q");
    f.apply(new Command.RemoveQueue(QueueId.of("q")));
    f.queue(Fixture.voiceQueue("q").build());
    f.agent("b", Skills.NONE, "q");

    f.arrive("c1", VOICE, "q");

    assertThat(f.offeredTo("c1")).containsExactly("b");
  }

  @Test
  void anAgentWhoLoggedOutIsNotOfferedWorkAndIsAgainAfterLoggingIn() {
    f.queue(Fixture.voiceQueue("q").build());
    f.agent("a", Skills.NONE, "q");
    f.presence("a", Presence.OFFLINE);
    f.arrive("c1", VOICE, "q");
    assertThat(f.offeredTo("c1")).isEmpty();

    f.agent("a", Skills.NONE, "q");

    assertThat(f.offeredTo("c1")).containsExactly("a");
  }

  @Test
  void serviceLevelCountsStayWithTheQueueThroughReconfiguration() {
    ServiceLevelTarget target = new ServiceLevelTarget(0.8, Duration.ofSeconds(20));
    f.queue(Fixture.voiceQueue("q").serviceLevel(target).build());
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    f.clock.advance(Duration.ofSeconds(30));
    f.handle("c1", "a"); // offered at once, answered after 30 s: outside the threshold
    f.queue(Fixture.voiceQueue("q").build());

    assertThat(f.engine.serviceLevel(QueueId.of("q"))).isEqualTo(0.0);
  }
}
