package dev.parley.routing.core;

import static dev.parley.routing.contact.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.AgentId;
import dev.parley.routing.agent.Presence;
import dev.parley.routing.agent.Skills;
import dev.parley.routing.contact.ContactId;
import dev.parley.routing.queue.QueueId;
import dev.parley.routing.queue.ServiceLevelTarget;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The per-queue home an agent's scan reaches directly: it must follow the queue through being
 * served before it is configured, reconfigured, removed and added again, and agents logging out
 * and in.
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
