package dev.parley.routing.core;

import static dev.parley.routing.api.Channel.VOICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.queue.BusinessHours;
import dev.parley.routing.queue.OverflowAction;
import dev.parley.routing.queue.QueueConfig;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rule 6: max wait and overflow, business hours, sticky agent. */
class RulesTest {
  private final Fixture f = new Fixture();

  private RoutingEvent.ContactOverflowed overflowOf(String contact) {
    return f.events.stream()
        .filter(
            e ->
                e instanceof RoutingEvent.ContactOverflowed o
                    && o.contact().value().equals(contact))
        .map(RoutingEvent.ContactOverflowed.class::cast)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aContactWaitingLongerThanMaxWaitGoesToVoicemail() {
    f.queue(
        Fixture.voiceQueue("q")
            .maxWait(Duration.ofMinutes(2), new OverflowAction.Voicemail())
            .build());
    f.arrive("c1", VOICE, "q");

    f.tickAfter(Duration.ofSeconds(119));
    assertThat(f.state("c1")).isEqualTo(ContactState.QUEUED);
    f.tickAfter(Duration.ofSeconds(1));

    assertThat(f.state("c1")).isEqualTo(ContactState.OVERFLOWED);
    assertThat(overflowOf("c1").action()).isEqualTo(new OverflowAction.Voicemail());
    assertThat(overflowOf("c1").cause()).isEqualTo(RoutingEvent.OverflowCause.MAX_WAIT);
  }

  @Test
  void maxWaitCanMoveTheContactToAnotherQueueWhereItIsServed() {
    f.queue(
        Fixture.voiceQueue("first")
            .maxWait(Duration.ofSeconds(30), new OverflowAction.ToQueue(QueueId.of("backup")))
            .build());
    f.queue(Fixture.voiceQueue("backup").build());
    f.agent("b", Skills.NONE, "backup");
    f.arrive("c1", VOICE, "first");

    f.tickAfter(Duration.ofSeconds(30));

    assertThat(f.contact("c1").queue()).isEqualTo(QueueId.of("backup"));
    assertThat(f.offeredTo("c1")).containsExactly("b");
    assertThat(f.contact("c1").arrivedAt()).isEqualTo(Fixture.T0); // age kept
  }

  @Test
  void anOverflowTargetThatDoesNotServeTheChannelEndsTheContactAndSaysWhy() {
    f.queue(
        Fixture.voiceQueue("first")
            .maxWait(Duration.ofSeconds(30), new OverflowAction.ToQueue(QueueId.of("chat-only")))
            .build());
    f.queue(QueueConfig.builder("chat-only", Channel.CHAT).build());
    f.agent("b", Skills.NONE, "chat-only");
    f.arrive("c1", VOICE, "first");

    f.tickAfter(Duration.ofSeconds(30));

    // Not parked in a queue whose agents never look at voice: ended, and the explanation says why.
    assertThat(f.state("c1")).isEqualTo(ContactState.OVERFLOWED);
    assertThat(f.offeredTo("c1")).isEmpty();
    assertThat(f.engine.explain(ContactId.of("c1")))
        .last()
        .satisfies(
            d -> assertThat(d.detail()).contains("target queue chat-only does not serve VOICE"));
  }

  @Test
  void aContactRingingAtMaxWaitOverflowsOnlyIfItComesBack() {
    f.queue(
        Fixture.voiceQueue("q")
            .offerTimeout(Duration.ofSeconds(20))
            .maxWait(Duration.ofSeconds(10), new OverflowAction.Callback())
            .build());
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    f.tickAfter(Duration.ofSeconds(10));
    assertThat(f.state("c1")).isEqualTo(ContactState.OFFERED);

    f.reject("c1", "a");

    assertThat(f.state("c1")).isEqualTo(ContactState.OVERFLOWED);
  }

  @Test
  void anAcceptedContactIsNotOverflowed() {
    f.queue(
        Fixture.voiceQueue("q")
            .maxWait(Duration.ofSeconds(10), new OverflowAction.Callback())
            .build());
    f.agent("a", Skills.NONE, "q");
    f.arrive("c1", VOICE, "q");
    f.accept("c1", "a");
    f.tickAfter(Duration.ofSeconds(20));
    assertThat(f.state("c1")).isEqualTo(ContactState.ACTIVE);
  }

  private static BusinessHours officeHours() {
    return BusinessHours.weekly(
        ZoneOffset.UTC,
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        LocalTime.of(9, 0),
        LocalTime.of(17, 0),
        Set.of(LocalDate.of(2026, 3, 3)));
  }

  @Test
  void aContactArrivingOutsideBusinessHoursGetsTheAfterHoursAction() {
    f.queue(
        Fixture.voiceQueue("q")
            .hours(officeHours(), new OverflowAction.EndWithMessage("We are closed"))
            .build());
    f.agent("a", Skills.NONE, "q");
    f.clock.set(Fixture.T0.plus(Duration.ofHours(8))); // Monday 18:00 UTC

    f.arrive("c1", VOICE, "q");

    assertThat(f.state("c1")).isEqualTo(ContactState.OVERFLOWED);
    assertThat(overflowOf("c1").cause()).isEqualTo(RoutingEvent.OverflowCause.AFTER_HOURS);
    assertThat(f.offeredTo("c1")).isEmpty();
    assertThat(f.engine.explain(ContactId.of("c1")).get(0).rule())
        .isEqualTo(DecisionRule.AFTER_HOURS);
  }

  @Test
  void deferrableWorkArrivingOutsideBusinessHoursWaitsForAnAgent() {
    f.queue(
        QueueConfig.builder("q", Channel.VOICE, Channel.EMAIL)
            .hours(officeHours(), new OverflowAction.EndWithMessage("We are closed"))
            .build());
    f.clock.set(Fixture.T0.plus(Duration.ofHours(8))); // Monday 18:00 UTC

    f.arrive("mail", Channel.EMAIL, "q");
    f.arrive("call", VOICE, "q");

    assertThat(f.state("mail")).isEqualTo(ContactState.QUEUED);
    assertThat(f.state("call")).isEqualTo(ContactState.OVERFLOWED);
  }

  @Test
  void aContactArrivingOnAHolidayGetsTheAfterHoursAction() {
    f.queue(Fixture.voiceQueue("q").hours(officeHours(), new OverflowAction.Voicemail()).build());
    f.clock.set(Fixture.T0.plus(Duration.ofDays(1))); // Tuesday 10:00, a holiday
    f.arrive("c1", VOICE, "q");
    assertThat(f.state("c1")).isEqualTo(ContactState.OVERFLOWED);
  }

  @Test
  void aContactArrivingDuringBusinessHoursIsQueued() {
    f.queue(Fixture.voiceQueue("q").hours(officeHours(), new OverflowAction.Voicemail()).build());
    f.arrive("c1", VOICE, "q"); // Monday 10:00
    assertThat(f.state("c1")).isEqualTo(ContactState.QUEUED);
  }

  @Test
  void aReturningCustomerGoesToTheirPreviousAgentWithinTheWindow() {
    customerOneWasServedByB();
    f.clock.advance(Duration.ofMinutes(10));

    f.apply(Command.ContactArrived.inbound("again", VOICE, "q").from("cust-1"));

    assertThat(f.offeredTo("again")).containsExactly("b");
    Decision d = f.engine.explain(ContactId.of("again")).get(0);
    assertThat(d.rule()).isEqualTo(DecisionRule.STICKY_AGENT);
    assertThat(d.verdictFor(AgentId.of("a")).orElseThrow().reason())
        .isEqualTo(PassReason.NOT_STICKY_AGENT);
  }

  @Test
  void aReturningCustomerAfterTheWindowIsRoutedNormally() {
    customerOneWasServedByB();
    f.clock.advance(Duration.ofHours(2));

    f.apply(Command.ContactArrived.inbound("again", VOICE, "q").from("cust-1"));

    assertThat(f.offeredTo("again")).containsExactly("a");
  }

  @Test
  void aReturningCustomerWhoseAgentIsBusyIsRoutedNormally() {
    customerOneWasServedByB();
    f.presence("b", Presence.onBreak("lunch"));

    f.apply(Command.ContactArrived.inbound("again", VOICE, "q").from("cust-1"));

    assertThat(f.offeredTo("again")).containsExactly("a");
  }

  /**
   * Queue q with a one-hour sticky window and agents a and b; cust-1's first contact was rejected
   * by a and handled by b, so b is cust-1's agent and a is now idle longest.
   */
  private void customerOneWasServedByB() {
    stickyQueueWith("a", "b");
    f.apply(Command.ContactArrived.inbound("first", VOICE, "q").from("cust-1"));
    f.reject("first", "a");
    f.handle("first", "b");
  }

  @Test
  void aReturningCustomerReachesTheirAgentThroughALinkedIdentity() {
    stickyQueueWith("a", "b");
    f.apply(
        Command.ContactArrived.inbound("call", VOICE, "q")
            .from("+1 555 0100")
            .identifiedAs("+15550100"));
    f.reject("call", "a");
    f.handle("call", "b");

    // The same person writes from an e-mail address linked to that phone number.
    f.apply(
        Command.ContactArrived.inbound("mail", VOICE, "q")
            .from("Ann <Ann@Example.com>")
            .identifiedAs("ann@example.com", "+15550100"));

    assertThat(f.offeredTo("mail")).containsExactly("b");
    assertThat(f.engine.explain(ContactId.of("mail")).get(0).rule())
        .isEqualTo(DecisionRule.STICKY_AGENT);
  }

  @Test
  void anIdentityNotLinkedToTheServedOneIsRoutedNormally() {
    customerOneWasServedByB();

    f.apply(
        Command.ContactArrived.inbound("other", VOICE, "q").from("cust-2").identifiedAs("cust-2"));

    assertThat(f.offeredTo("other")).containsExactly("a");
  }

  @Test
  void theLatestAgentOfAnyLinkedIdentityIsTheCustomersAgent() {
    stickyQueueWith("a", "b", "c");
    f.apply(Command.ContactArrived.inbound("by-phone", VOICE, "q").identifiedAs("+15550100"));
    f.handle("by-phone", "a"); // a: phone, earlier
    f.clock.advance(Duration.ofMinutes(5));
    f.apply(Command.ContactArrived.inbound("by-mail", VOICE, "q").identifiedAs("ann@example.com"));
    f.handle("by-mail", "b"); // b: e-mail, later; c is now idle longest

    f.apply(
        Command.ContactArrived.inbound("linked", VOICE, "q")
            .identifiedAs("+15550100", "ann@example.com"));

    assertThat(f.offeredTo("linked")).containsExactly("b");
  }

  /**
   * Queue q with a one-hour sticky window; {@code agents} log in a second apart (first idle
   * longest).
   */
  private void stickyQueueWith(String... agents) {
    f.queue(Fixture.voiceQueue("q").stickyWindow(Duration.ofHours(1)).build());
    for (int i = 0; i < agents.length; i++) {
      if (i > 0) {
        f.clock.advance(Duration.ofSeconds(1));
      }
      f.agent(agents[i], Skills.NONE, "q");
    }
  }
}
