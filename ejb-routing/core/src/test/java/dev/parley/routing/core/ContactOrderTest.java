package dev.parley.routing.core;

import static dev.parley.routing.api.Channel.CHAT;
import static dev.parley.routing.api.Channel.EMAIL;
import static dev.parley.routing.api.Channel.SMS;
import static dev.parley.routing.api.Channel.VIDEO;
import static dev.parley.routing.api.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.Capacity;
import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.queue.QueueConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule 1: effective priority = queue priority + channel weight + aging; FIFO; one ordering. */
class ContactOrderTest {
  private static AgentProfile oneAtATime(String id, String... queues) {
    AgentProfile p =
        AgentProfile.of(id, Skills.NONE)
            .withCapacity(
                new Capacity(Map.of(VOICE, 1, VIDEO, 1, CHAT, 1, SMS, 1, EMAIL, 1), false));
    for (String q : queues) {
      p = p.withQueue(QueueId.of(q), 0);
    }
    return p;
  }

  /**
   * "old" waits in queue low for {@code seconds} before "vip1" arrives in queue vip (priority 50);
   * then agent a, serving both, comes back from a break. Which contact is offered to a?
   */
  private static String firstOfferWhenOldWaitedBeforeVip(int agingPerSecond, int seconds) {
    Fixture f =
        waitingWithAgentOnBreak(
            RoutingSettings.DEFAULT.withAgingPerSecond(agingPerSecond), "low", "vip");
    f.queue(Fixture.voiceQueue("low").build())
        .queue(Fixture.voiceQueue("vip").priority(50).build());
    f.arrive("old", VOICE, "low");
    f.clock.advance(Duration.ofSeconds(seconds));
    f.arrive("vip1", VOICE, "vip");
    f.presence("a", Presence.AVAILABLE);
    return f.lastOfferTo("a");
  }

  /** Contacts wait while the only agent is on break; then it is offered the first of them. */
  private static Fixture waitingWithAgentOnBreak(RoutingSettings settings, String... queues) {
    Fixture f = new Fixture(settings);
    f.agent(oneAtATime("a", queues));
    f.presence("a", Presence.onBreak("coffee"));
    return f;
  }

  @Test
  void servesContactsOfEqualPriorityFirstInFirstOut() {
    Fixture f = waitingWithAgentOnBreak(RoutingSettings.DEFAULT.withAgingPerSecond(0), "q");
    f.queue(Fixture.voiceQueue("q").build());
    f.arrive("c1", VOICE, "q");
    f.clock.advance(Duration.ofSeconds(1));
    f.arrive("c2", VOICE, "q");
    f.clock.advance(Duration.ofSeconds(1));
    f.arrive("c3", VOICE, "q");

    assertThat(f.engine.waiting(QueueId.of("q"), VOICE))
        .containsExactly(ContactId.of("c1"), ContactId.of("c2"), ContactId.of("c3"));
    f.presence("a", Presence.AVAILABLE);
    assertThat(f.lastOfferTo("a")).isEqualTo("c1");
  }

  @Test
  void offersVoiceBeforeEmailWhenBothWait() {
    Fixture f = waitingWithAgentOnBreak(RoutingSettings.DEFAULT, "q");
    f.queue(QueueConfig.builder("q", VOICE, EMAIL).build());
    f.arrive("mail", EMAIL, "q");
    f.clock.advance(Duration.ofSeconds(5));
    f.arrive("call", VOICE, "q");

    f.presence("a", Presence.AVAILABLE);

    assertThat(f.offeredTo("call")).containsExactly("a");
    assertThat(f.offeredTo("mail")).isEmpty();
  }

  @Test
  void defaultChannelWeightsRankVoiceVideoChatSmsEmail() {
    RoutingSettings d = RoutingSettings.DEFAULT;
    assertThat(d.weight(VOICE)).isGreaterThan(d.weight(VIDEO));
    assertThat(d.weight(VIDEO)).isGreaterThan(d.weight(CHAT));
    assertThat(d.weight(CHAT)).isGreaterThan(d.weight(SMS));
    assertThat(d.weight(SMS)).isGreaterThan(d.weight(EMAIL));
  }

  @Test
  void channelWeightsAreConfigurable() {
    RoutingSettings chatFirst =
        RoutingSettings.DEFAULT
            .withAgingPerSecond(0)
            .withChannelWeights(Map.of(CHAT, 1000, VOICE, 0));
    Fixture f = waitingWithAgentOnBreak(chatFirst, "q");
    f.queue(QueueConfig.builder("q", VOICE, CHAT).build());
    f.arrive("call", VOICE, "q");
    f.arrive("chat", CHAT, "q");

    f.presence("a", Presence.AVAILABLE);

    assertThat(f.offeredTo("chat")).containsExactly("a");
    assertThat(f.offeredTo("call")).isEmpty();
  }

  @Test
  void higherQueuePriorityIsServedFirst() {
    assertThat(firstOfferWhenOldWaitedBeforeVip(0, 30)).isEqualTo("vip1");
  }

  @Test
  void agingLetsAnOldContactOvertakeAHigherPriorityQueue() {
    // 1 point per second: 60 s of waiting beats a 50-point queue priority.
    assertThat(firstOfferWhenOldWaitedBeforeVip(1, 60)).isEqualTo("old");
  }

  @Test
  void anOlderContactInQueueBIsNotStarvedByQueueA() {
    Fixture f =
        waitingWithAgentOnBreak(
            RoutingSettings.DEFAULT.withAgingPerSecond(0), "a-queue", "b-queue");
    f.queue(Fixture.voiceQueue("a-queue").build()).queue(Fixture.voiceQueue("b-queue").build());
    f.arrive("b-old", VOICE, "b-queue");
    f.clock.advance(Duration.ofSeconds(1));
    f.arrive("a-1", VOICE, "a-queue");
    f.arrive("a-2", VOICE, "a-queue");

    f.presence("a", Presence.AVAILABLE);
    assertThat(f.lastOfferTo("a")).isEqualTo("b-old");
    f.handle("b-old", "a");
    assertThat(f.lastOfferTo("a")).isEqualTo("a-1");
  }

  @Test
  void contactPriorityRaisesAContactWithinItsQueue() {
    Fixture f = waitingWithAgentOnBreak(RoutingSettings.DEFAULT.withAgingPerSecond(0), "q");
    f.queue(Fixture.voiceQueue("q").build());
    f.arrive("normal", VOICE, "q");
    f.apply(Command.ContactArrived.inbound("urgent", VOICE, "q").withPriority(10));

    assertThat(f.engine.waiting(QueueId.of("q"), VOICE).get(0)).isEqualTo(ContactId.of("urgent"));
  }

  @Test
  void anAgentTakesTheBestContactItIsEligibleForAcrossChannels() {
    Fixture f = waitingWithAgentOnBreak(RoutingSettings.DEFAULT, "q");
    f.queue(QueueConfig.builder("q", VOICE, CHAT, Channel.VIDEO).build());
    f.arrive("chat", CHAT, "q");
    f.arrive("video", VIDEO, "q");

    f.presence("a", Presence.AVAILABLE);

    assertThat(f.offeredTo("video")).containsExactly("a");
  }

  @Test
  void changedChannelWeightsReorderContactsAlreadyWaiting() {
    Fixture f = waitingWithAgentOnBreak(RoutingSettings.DEFAULT.withAgingPerSecond(0), "q");
    f.queue(QueueConfig.builder("q", VOICE, CHAT).build());
    f.arrive("call", VOICE, "q");
    f.arrive("chat", CHAT, "q");

    f.apply(
        new Command.ChangeSettings(
            Map.of(VOICE, 100, VIDEO, 0, CHAT, 500, SMS, 0, EMAIL, 0), 0, 3));
    f.presence("a", Presence.AVAILABLE);

    assertThat(f.engine.settings().weight(CHAT)).isEqualTo(500);
    assertThat(f.lastOfferTo("a")).isEqualTo("chat");
  }

  @Test
  void aRaisedQueuePriorityReordersTheContactsWaitingInIt() {
    Fixture f =
        waitingWithAgentOnBreak(RoutingSettings.DEFAULT.withAgingPerSecond(0), "low", "raised");
    f.queue(Fixture.voiceQueue("low").build()).queue(Fixture.voiceQueue("raised").build());
    f.arrive("older", VOICE, "low");
    f.clock.advance(Duration.ofSeconds(1));
    f.arrive("newer", VOICE, "raised");

    f.queue(Fixture.voiceQueue("raised").priority(50).build());
    f.presence("a", Presence.AVAILABLE);

    assertThat(f.lastOfferTo("a")).isEqualTo("newer");
  }

  @Test
  void settingsThatCannotHoldAreRefusedAndChangeNothing() {
    Fixture f = new Fixture();

    Fixture.assertRefused(
        f.apply(new Command.ChangeSettings(Map.of(VOICE, 1), -1, 3)),
        "agingPerSecond must not be negative");

    assertThat(f.engine.settings()).isEqualTo(RoutingSettings.DEFAULT);
  }
}
