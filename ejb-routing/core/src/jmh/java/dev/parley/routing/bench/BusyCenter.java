package dev.parley.routing.bench;

import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.Capacity;
import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.core.Command;
import dev.parley.routing.core.RoutingEngine;
import dev.parley.routing.core.RoutingEvent;
import dev.parley.routing.core.RoutingSettings;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.SkillRequirement;
import dev.parley.routing.queue.Strategy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A large contact center at full load, driven only through the engine's public API (like the facade
 * and the simulator). Every agent is busy and a backlog waits, so each arrival is a "nobody free,
 * wait" decision over the queue's members and each freed agent picks the best contact across its
 * queues — the two decisions the benchmark times.
 *
 * <p>Steady state: the driver ends the oldest active contact (the agent frees up and is offered the
 * next one), accepts every offer at once, lets one new contact arrive and tells the engine to
 * forget the closed contact, so the backlog and the memory stay the same size run after run.
 */
final class BusyCenter {
  static final String[] LANGUAGES = {"english", "spanish", "french", "german", "italian"};
  static final int PRODUCTS = 400;

  final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:00:00Z"));
  final RoutingEngine engine;
  private final SplittableRandom random;
  private final QueueConfig[] queues;

  /** Active contacts in the order they started: the oldest ends first. */
  private final ArrayDeque<ContactId> active = new ArrayDeque<>();

  private List<RoutingEvent> pending = List.of();

  /** The contact the last {@link #freeOne} closed, forgotten by the next {@link #settle}. */
  private ContactId closed;

  private long nextContact;
  private int waiting;

  BusyCenter(int agents, int queueCount, int waitingTarget, long seed) {
    random = new SplittableRandom(seed);
    engine = new RoutingEngine(clock, RoutingSettings.DEFAULT, new SplittableRandom(seed));
    queues = new QueueConfig[queueCount];
    for (int i = 0; i < queueCount; i++) {
      queues[i] = queue(i);
      engine.apply(new Command.ConfigureQueue(queues[i]));
    }
    for (int i = 0; i < agents; i++) {
      engine.apply(new Command.AgentLoggedIn(agent(i, queueCount), Presence.AVAILABLE));
      tick();
    }
    // Fill up: arrivals are taken by free agents until everyone is busy, then they wait.
    while (waiting < waitingTarget) {
      arrive();
      settle();
    }
  }

  /** Queue i: one channel (mostly voice), a language and a product skill, a strategy mix. */
  private QueueConfig queue(int i) {
    int roll = random.nextInt(100);
    Channel ch =
        roll < 70
            ? Channel.VOICE
            : roll < 85 ? Channel.CHAT : roll < 95 ? Channel.EMAIL : Channel.SMS;
    int s = random.nextInt(100);
    Strategy strategy =
        s < 70
            ? Strategy.LONGEST_IDLE
            : s < 80
                ? Strategy.BEST_SKILL
                : s < 90 ? Strategy.LEAST_BUSY : s < 95 ? Strategy.ROUND_ROBIN : Strategy.LINEAR;
    return QueueConfig.builder("q" + i, ch)
        .requires(
            SkillRequirement.of(LANGUAGES[i % LANGUAGES.length], 3),
            SkillRequirement.of("product-" + (i % PRODUCTS), 1 + random.nextInt(4)))
        .strategy(strategy)
        .priority(random.nextInt(20))
        .build();
  }

  /** Agent i serves 4 random queues; about one in ten lacks the level one of them asks for. */
  private AgentProfile agent(int i, int queueCount) {
    Map<String, Integer> skills = new HashMap<>();
    Map<QueueId, Integer> served = new LinkedHashMap<>();
    while (served.size() < 4) {
      int q = random.nextInt(queueCount);
      served.put(QueueId.of("q" + q), random.nextInt(3));
      skills.merge(LANGUAGES[q % LANGUAGES.length], 3 + random.nextInt(8), Math::max);
      int level = random.nextInt(10) == 0 ? 1 : 2 + random.nextInt(9);
      skills.merge("product-" + (q % PRODUCTS), level, Math::max);
    }
    return new AgentProfile(AgentId.of("agent-" + i), new Skills(skills), Capacity.DEFAULT, served);
  }

  private void tick() {
    clock.advance(Duration.ofMillis(1));
  }

  /** A new contact arrives in a random queue: the arrival decision. */
  List<RoutingEvent> arrive() {
    QueueConfig q = queues[random.nextInt(queues.length)];
    Channel ch = q.channels().iterator().next();
    var c = Command.ContactArrived.inbound("c" + nextContact++, ch, q.id().value());
    waiting++;
    pending = engine.apply(c);
    return pending;
  }

  /** The oldest active contact ends; its agent frees up: the agent-freed decision. */
  List<RoutingEvent> freeOne() {
    ContactId c = active.pollFirst();
    pending = engine.apply(new Command.ContactEnded(c));
    closed = c;
    return pending;
  }

  /**
   * Accepts every offer the last command made (first offer per contact), forgets the contact that
   * closed (as the facade does once it stored it) and moves time on.
   */
  void settle() {
    if (closed != null) {
      engine.apply(new Command.ForgetContact(closed));
      closed = null;
    }
    Set<ContactId> taken = new HashSet<>();
    for (RoutingEvent e : pending) {
      if (e instanceof RoutingEvent.OfferMade o && taken.add(o.contact())) {
        List<RoutingEvent> r = engine.apply(new Command.OfferAccepted(o.contact(), o.agent()));
        if (!r.isEmpty() && r.get(r.size() - 1) instanceof RoutingEvent.ContactAccepted) {
          active.addLast(o.contact());
          waiting--;
        }
      }
    }
    pending = List.of();
    tick();
  }

  /** One full turn: an agent frees up and takes work, a contact arrives. Two decisions. */
  void cycle() {
    freeOne();
    settle();
    arrive();
    settle();
  }

  int waiting() {
    return waiting;
  }
}
