package dev.parley.routing.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.queue.QueueConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small language for routing tests: a test clock, an engine and helpers that read like steps. */
final class Fixture {
  static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z"); // a Monday

  final TestClock clock = new TestClock(T0);
  final RoutingEngine engine;
  final List<RoutingEvent> events = new ArrayList<>();

  Fixture() {
    this(RoutingSettings.DEFAULT);
  }

  Fixture(RoutingSettings settings) {
    this(settings, 42);
  }

  Fixture(RoutingSettings settings, long seed) {
    engine = new RoutingEngine(clock, settings, new SplittableRandom(seed));
  }

  List<RoutingEvent> apply(Command c) {
    List<RoutingEvent> e = engine.apply(c);
    events.addAll(e);
    return e;
  }

  Fixture queue(QueueConfig q) {
    apply(new Command.ConfigureQueue(q));
    return this;
  }

  Fixture agent(AgentProfile p) {
    apply(new Command.AgentLoggedIn(p, Presence.AVAILABLE));
    return this;
  }

  Fixture agent(String id, Skills skills, String... queues) {
    AgentProfile p = AgentProfile.of(id, skills);
    for (String q : queues) {
      p = p.withQueue(QueueId.of(q), 0);
    }
    return agent(p);
  }

  List<RoutingEvent> arrive(String id, Channel ch, String queue) {
    return apply(Command.ContactArrived.inbound(id, ch, queue));
  }

  List<RoutingEvent> accept(String contact, String agent) {
    return apply(new Command.OfferAccepted(ContactId.of(contact), AgentId.of(agent)));
  }

  List<RoutingEvent> reject(String contact, String agent) {
    return apply(new Command.OfferRejected(ContactId.of(contact), AgentId.of(agent)));
  }

  List<RoutingEvent> end(String contact) {
    return apply(new Command.ContactEnded(ContactId.of(contact)));
  }

  List<RoutingEvent> wrapUp(String contact, String disposition) {
    return apply(new Command.WrapUpCompleted(ContactId.of(contact), disposition));
  }

  List<RoutingEvent> presence(String agent, Presence p) {
    return apply(new Command.PresenceChanged(AgentId.of(agent), p));
  }

  List<RoutingEvent> tickAfter(Duration d) {
    clock.advance(d);
    return apply(new Command.Tick());
  }

  /** Accepts, ends and wraps up {@code contact} at {@code agent}: the agent is free again. */
  void handle(String contact, String agent) {
    accept(contact, agent);
    end(contact);
    wrapUp(contact, "done");
  }

  Contact.Snapshot contact(String id) {
    return engine.contact(ContactId.of(id)).orElseThrow();
  }

  ContactState state(String id) {
    return contact(id).state();
  }

  Agent.Snapshot agentState(String id) {
    return engine.agent(AgentId.of(id)).orElseThrow();
  }

  /** The agents with an open offer for {@code contact}, in offer order, from all events so far. */
  List<String> offeredTo(String contact) {
    List<String> out = new ArrayList<>();
    for (RoutingEvent e : events) {
      if (e instanceof RoutingEvent.OfferMade o && o.contact().value().equals(contact)) {
        out.add(o.agent().value());
      }
    }
    return out;
  }

  /** The contact most recently offered to {@code agent}. */
  String lastOfferTo(String agent) {
    String last = null;
    for (RoutingEvent e : events) {
      if (e instanceof RoutingEvent.OfferMade o && o.agent().value().equals(agent)) {
        last = o.contact().value();
      }
    }
    return last;
  }

  static void assertRefused(List<RoutingEvent> events, String messagePart) {
    assertThat(events)
        .anySatisfy(
            e ->
                assertThat(e)
                    .isInstanceOfSatisfying(
                        RoutingEvent.CommandRefused.class,
                        r -> assertThat(r.reason()).contains(messagePart)));
  }

  static QueueConfig.Builder voiceQueue(String id) {
    return QueueConfig.builder(id, Channel.VOICE);
  }
}
