package dev.parley.routing.core;

import static dev.parley.routing.api.Channel.CHAT;
import static dev.parley.routing.api.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.Capacity;
import dev.parley.routing.agent.Skills;
import dev.parley.routing.agent.WorkState;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.SkillRequirement;
import org.junit.jupiter.api.Test;

/** A logged-in agent's profile changes while it works: the change applies at once. */
class ProfileChangeTest {
  private final Fixture f = new Fixture();

  ProfileChangeTest() {
    f.queue(Fixture.voiceQueue("sales").build());
    f.queue(QueueConfig.builder("chat", CHAT).requires(SkillRequirement.of("french", 4)).build());
  }

  private java.util.List<RoutingEvent> change(AgentProfile p) {
    return f.apply(new Command.AgentProfileChanged(p));
  }

  @Test
  void anAgentGivenANewQueueIsOfferedItsWaitingContactAtOnce() {
    f.agent("a", Skills.NONE, "sales");
    f.arrive("c1", CHAT, "chat");
    assertThat(f.offeredTo("c1")).isEmpty();

    var events =
        change(
            AgentProfile.of("a", Skills.of("french", 5))
                .withQueue(QueueId.of("sales"), 0)
                .withQueue(QueueId.of("chat"), 0));

    assertThat(events)
        .contains(
            new RoutingEvent.OfferMade(
                ContactId.of("c1"), AgentId.of("a"), Fixture.T0.plusSeconds(20)));
    assertThat(f.state("c1")).isEqualTo(ContactState.OFFERED);
  }

  @Test
  void aRaisedSkillMakesTheAgentEligibleForAContactOfAQueueItAlreadyServed() {
    f.agent("a", Skills.of("french", 2), "chat");
    f.arrive("c1", CHAT, "chat");
    assertThat(f.offeredTo("c1")).isEmpty();

    change(AgentProfile.of("a", Skills.of("french", 4), QueueId.of("chat")));

    assertThat(f.offeredTo("c1")).containsExactly("a");
  }

  @Test
  void aQueueTakenAwayIsNoLongerOfferedButWorkInProgressIsKept() {
    f.agent("a", Skills.NONE, "sales");
    f.arrive("c1", VOICE, "sales");
    f.accept("c1", "a");

    change(AgentProfile.of("a", Skills.NONE));
    f.end("c1");
    f.wrapUp("c1", null);
    f.arrive("c2", VOICE, "sales");

    assertThat(f.state("c1")).isEqualTo(ContactState.CLOSED);
    assertThat(f.offeredTo("c2")).isEmpty();
    assertThat(f.state("c2")).isEqualTo(ContactState.QUEUED);
  }

  @Test
  void aLoweredCapacityKeepsTheContactsHeldAndStopsNewOffersUntilTheLoadDrops() {
    f.queue(QueueConfig.builder("web", CHAT).build());
    f.agent("a", Skills.NONE, "web");
    f.arrive("c1", CHAT, "web");
    f.arrive("c2", CHAT, "web");
    f.accept("c1", "a");
    f.accept("c2", "a");

    change(
        AgentProfile.of("a", Skills.NONE, QueueId.of("web"))
            .withCapacity(Capacity.DEFAULT.with(CHAT, 1)));
    f.arrive("c3", CHAT, "web");

    assertThat(f.agentState("a").work())
        .containsEntry(ContactId.of("c1"), WorkState.ACTIVE)
        .containsEntry(ContactId.of("c2"), WorkState.ACTIVE);
    assertThat(f.offeredTo("c3")).isEmpty();
    f.end("c1");
    f.wrapUp("c1", null);
    f.end("c2");
    f.wrapUp("c2", null);
    assertThat(f.offeredTo("c3")).containsExactly("a");
  }

  @Test
  void aRaisedCapacityTakesMoreWaitingWorkAtOnce() {
    f.queue(QueueConfig.builder("web", CHAT).build());
    f.agent(
        AgentProfile.of("a", Skills.NONE, QueueId.of("web"))
            .withCapacity(Capacity.DEFAULT.with(CHAT, 1)));
    f.arrive("c1", CHAT, "web");
    f.arrive("c2", CHAT, "web");
    assertThat(f.offeredTo("c2")).isEmpty();

    change(
        AgentProfile.of("a", Skills.NONE, QueueId.of("web"))
            .withCapacity(Capacity.DEFAULT.with(CHAT, 2)));

    assertThat(f.offeredTo("c2")).containsExactly("a");
  }

  @Test
  void aRingingOfferSurvivesTheChange() {
    f.agent("a", Skills.NONE, "sales");
    f.arrive("c1", VOICE, "sales");

    change(AgentProfile.of("a", Skills.NONE));

    assertThat(f.agentState("a").work()).containsEntry(ContactId.of("c1"), WorkState.OFFERED);
    assertThat(f.accept("c1", "a"))
        .anySatisfy(e -> assertThat(e).isInstanceOf(RoutingEvent.ContactAccepted.class));
  }

  @Test
  void isRefusedForAnAgentWhoIsNotLoggedIn() {
    Fixture.assertRefused(
        change(AgentProfile.of("ghost", Skills.NONE, QueueId.of("sales"))), "not logged in");
    assertThat(f.engine.agent(AgentId.of("ghost"))).isEmpty();
  }

  @Test
  void anAgentOnBreakGetsTheNewProfileButNoOfferUntilAvailable() {
    f.agent("a", Skills.NONE, "sales");
    f.presence("a", Presence.onBreak("lunch"));
    f.arrive("c1", CHAT, "chat");

    change(AgentProfile.of("a", Skills.of("french", 9), QueueId.of("chat")));
    assertThat(f.offeredTo("c1")).isEmpty();
    f.presence("a", Presence.AVAILABLE);

    assertThat(f.offeredTo("c1")).containsExactly("a");
  }
}
