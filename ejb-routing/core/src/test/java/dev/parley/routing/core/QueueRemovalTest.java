package dev.parley.routing.core;

import static dev.parley.routing.api.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.queue.BusinessHours;
import dev.parley.routing.queue.OverflowAction;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Removing a queue: only when nothing of it is open and nothing overflows into it. */
class QueueRemovalTest {
  private final Fixture f = new Fixture();

  private java.util.List<RoutingEvent> remove(String queue) {
    return f.apply(new Command.RemoveQueue(QueueId.of(queue)));
  }

  @Test
  void anIdleQueueIsRemovedFromRoutingAndFromLoggedInAgents() {
    f.queue(Fixture.voiceQueue("old").build()).queue(Fixture.voiceQueue("new").build());
    f.agent("a", Skills.NONE, "old", "new");

    var events = remove("old");

    assertThat(events).isEmpty();
    assertThat(f.engine.queue(QueueId.of("old"))).isEmpty();
    assertThat(f.agentState("a").profile().queues()).containsOnlyKeys(QueueId.of("new"));
    Fixture.assertRefused(f.arrive("c1", VOICE, "old"), "unknown queue old");
    f.arrive("c2", VOICE, "new");
    assertThat(f.offeredTo("c2")).containsExactly("a");
  }

  @Test
  void isRefusedWhileAContactWaitsIsOfferedOrIsHandledAndAllowedOnceItIsClosed() {
    f.queue(Fixture.voiceQueue("q").wrapUpTime(Duration.ofSeconds(60)).build());
    f.arrive("c1", VOICE, "q");
    Fixture.assertRefused(remove("q"), "still has 1 open contact");

    f.agent("a", Skills.NONE, "q");
    Fixture.assertRefused(remove("q"), "still has 1 open contact"); // offered
    f.accept("c1", "a");
    Fixture.assertRefused(remove("q"), "still has 1 open contact"); // active
    f.end("c1");
    Fixture.assertRefused(remove("q"), "still has 1 open contact"); // wrap-up
    f.wrapUp("c1", null);

    assertThat(remove("q")).isEmpty();
    assertThat(f.engine.queue(QueueId.of("q"))).isEmpty();
    assertThat(f.engine.agent(AgentId.of("a")).orElseThrow().profile().queues()).isEmpty();
  }

  @Test
  void isRefusedWhileAnotherQueueOverflowsOrSendsAfterHoursWorkIntoIt() {
    f.queue(Fixture.voiceQueue("backup").build());
    f.queue(
        Fixture.voiceQueue("front")
            .maxWait(Duration.ofSeconds(30), new OverflowAction.ToQueue(QueueId.of("backup")))
            .build());
    BusinessHours closed = new BusinessHours(ZoneOffset.UTC, Map.of(), Set.of());
    f.queue(
        Fixture.voiceQueue("night")
            .hours(closed, new OverflowAction.ToQueue(QueueId.of("backup")))
            .build());

    Fixture.assertRefused(remove("backup"), "overflow or after-hours target of [front, night]");
    assertThat(f.engine.queue(QueueId.of("backup"))).isPresent();

    f.queue(Fixture.voiceQueue("front").build());
    f.queue(Fixture.voiceQueue("night").build());
    assertThat(remove("backup")).isEmpty();
  }

  @Test
  void isRefusedForAnUnknownQueue() {
    Fixture.assertRefused(remove("nope"), "unknown queue nope");
  }

  @Test
  void aQueueCanBeAddedAgainUnderTheSameNameAfterRemoval() {
    f.queue(Fixture.voiceQueue("q").build());
    f.agent("a", Skills.NONE, "q");
    remove("q");
    f.queue(Fixture.voiceQueue("q").build());
    f.arrive("c1", VOICE, "q");

    assertThat(f.offeredTo("c1")).as("the agent left the queue when it was removed").isEmpty();
  }
}
