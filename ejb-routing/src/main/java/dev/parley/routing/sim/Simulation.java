package dev.parley.routing.sim;

import dev.parley.routing.agent.AgentId;
import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.Capacity;
import dev.parley.routing.agent.Presence;
import dev.parley.routing.agent.Skills;
import dev.parley.routing.contact.Channel;
import dev.parley.routing.contact.ContactId;
import dev.parley.routing.contact.Direction;
import dev.parley.routing.core.Command;
import dev.parley.routing.core.RoutingEngine;
import dev.parley.routing.core.RoutingEvent;
import dev.parley.routing.core.RoutingSettings;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.QueueId;
import dev.parley.routing.queue.ServiceLevelTarget;
import dev.parley.routing.queue.SkillRequirement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of the discrete-event simulation around a real {@link RoutingEngine}. The loop always
 * advances the virtual clock to the earliest of: the next event on the {@link Agenda} (arrival,
 * answer, end of handling, abandonment) and the engine's {@code nextDeadline()} (then it sends a
 * {@code Tick}). Everything the engine decides comes back as events, which the simulated agents
 * act on; the simulator never reads the engine's internal state.
 *
 * <p>Arrivals stop at the end of the window; the run then continues until every measured call has
 * been answered or abandoned. Use an instance once.
 */
final class Simulation {
  private record Live(Channel channel, long arrivedAt, long work, boolean measured) {}

  private record OfferKey(ContactId contact, AgentId agent) {}

  private static final String SKILL = "service";

  private final SimConfig cfg;
  private final Window window;
  private final Workload rnd;
  private final VirtualClock clock = new VirtualClock();
  private final RoutingEngine engine;
  private final Agenda agenda = new Agenda();
  private final Map<AgentId, SimAgent> agents = new LinkedHashMap<>();
  private final Map<ContactId, Live> live = new HashMap<>();
  private final Set<OfferKey> openOffers = new HashSet<>();
  private final Tally voice;
  private final Tally email;
  private final long answerDelay;
  private final WaitObserver observer;
  private long unresolvedMeasuredCalls;
  private long emailsWaiting;
  private long emailsWaitingAtEnd;
  private long commands;
  private long nextId;

  /** Receives the wait of every measured call when it is answered (tests compare them). */
  interface WaitObserver {
    void answered(long arrivedAtNanos, long waitNanos);
  }

  Simulation(SimConfig cfg) {
    this(cfg, (arrived, wait) -> {});
  }

  Simulation(SimConfig cfg, WaitObserver observer) {
    this.observer = observer;
    this.cfg = cfg;
    this.window = Window.of(cfg.warmupHours(), cfg.hours());
    this.rnd = new Workload(cfg);
    this.engine = new RoutingEngine(clock, RoutingSettings.DEFAULT, rnd.engineRandom());
    this.voice = new Tally(cfg.slSeconds());
    this.email = new Tally(cfg.slSeconds());
    this.answerDelay = Math.round(cfg.answerDelaySeconds() * 1e9);
  }

  /** Runs to the end; the totals are the counts of this one run (one replication). */
  RunTotals run() {
    setUp();
    agenda.schedule(rnd.voiceGap(), this::voiceArrives);
    if (cfg.blending()) {
      agenda.schedule(rnd.emailGap(), this::emailArrives);
    }
    agenda.schedule(window.end(), () -> emailsWaitingAtEnd = emailsWaiting);
    while (clock.nanos() < window.end() || unresolvedMeasuredCalls > 0) {
      long next = agenda.nextTime();
      long deadline = engine.nextDeadline().map(VirtualClock::toNanos).orElse(Long.MAX_VALUE);
      if (next == Long.MAX_VALUE && deadline == Long.MAX_VALUE) {
        break;
      }
      if (deadline < next) {
        clock.advanceTo(Math.max(deadline, clock.nanos()));
        apply(new Command.Tick());
      } else {
        Agenda.Entry e = agenda.poll();
        clock.advanceTo(e.at());
        Agenda.run(e);
      }
    }
    return result();
  }

  private void setUp() {
    Map<QueueId, Integer> served = new LinkedHashMap<>();
    ServiceLevelTarget sl =
        new ServiceLevelTarget(
            cfg.slTargetPercent() / 100, Duration.ofNanos(Math.round(cfg.slSeconds() * 1e9)));
    Duration offerTimeout = Duration.ofNanos(answerDelay).plusSeconds(20);
    for (int q = 0; q < cfg.voiceQueues(); q++) {
      configure(voiceQueue(q), Channel.VOICE, sl, offerTimeout);
      served.put(voiceQueue(q), 0);
    }
    if (cfg.blending()) {
      configure(emailQueue(), Channel.EMAIL, sl, offerTimeout);
      served.put(emailQueue(), 0);
    }
    Capacity capacity =
        new Capacity(Map.of(Channel.VOICE, 1, Channel.EMAIL, cfg.blending() ? 1 : 0), false);
    for (int i = 1; i <= cfg.agents(); i++) {
      AgentId id = AgentId.of(String.format("agent-%05d", i));
      agents.put(id, new SimAgent(window));
      apply(
          new Command.AgentLoggedIn(
              new AgentProfile(id, Skills.of(SKILL, 5), capacity, served), Presence.AVAILABLE));
    }
  }

  private void configure(QueueId id, Channel ch, ServiceLevelTarget sl, Duration offerTimeout) {
    apply(
        new Command.ConfigureQueue(
            QueueConfig.builder(id.value(), ch)
                .requires(SkillRequirement.of(SKILL, 1))
                .strategy(cfg.strategy())
                .serviceLevel(sl)
                .offerTimeout(offerTimeout)
                .build()));
  }

  private static QueueId voiceQueue(int i) {
    return QueueId.of("voice-" + (i + 1));
  }

  private static QueueId emailQueue() {
    return QueueId.of("email");
  }

  private void voiceArrives() {
    long now = clock.nanos();
    ContactId id = ContactId.of("c" + nextId++);
    boolean measured = window.contains(now);
    live.put(id, new Live(Channel.VOICE, now, rnd.voiceHandle(), measured));
    if (measured) {
      voice.arrived++;
      unresolvedMeasuredCalls++;
    }
    QueueId q = voiceQueue(rnd.voiceQueue());
    if (cfg.abandonment()) {
      agenda.schedule(now + rnd.patience(), () -> abandon(id));
    }
    scheduleNext(now + rnd.voiceGap(), this::voiceArrives);
    apply(new Command.ContactArrived(id, Channel.VOICE, Direction.INBOUND, q, null, 0));
  }

  private void emailArrives() {
    long now = clock.nanos();
    ContactId id = ContactId.of("c" + nextId++);
    boolean measured = window.contains(now);
    live.put(id, new Live(Channel.EMAIL, now, rnd.emailHandle(), measured));
    if (measured) {
      email.arrived++;
    }
    emailsWaiting++;
    scheduleNext(now + rnd.emailGap(), this::emailArrives);
    apply(
        new Command.ContactArrived(id, Channel.EMAIL, Direction.INBOUND, emailQueue(), null, 0));
  }

  private void scheduleNext(long at, Runnable arrival) {
    if (at < window.end()) {
      agenda.schedule(at, arrival);
    }
  }

  /** The caller hangs up unless an agent has already accepted the call. */
  private void abandon(ContactId id) {
    Live c = live.get(id);
    if (c == null || c.work() < 0) {
      return;
    }
    live.remove(id);
    if (c.measured()) {
      voice.abandoned++;
      unresolvedMeasuredCalls--;
    }
    apply(new Command.ContactAbandoned(id));
  }

  private void answer(OfferKey offer) {
    if (openOffers.contains(offer)) {
      apply(new Command.OfferAccepted(offer.contact(), offer.agent()));
    }
  }

  private void accepted(ContactId id, AgentId agentId) {
    long now = clock.nanos();
    Live c = live.get(id);
    // Mark it answered (negative work) so a pending abandonment does nothing.
    live.put(id, new Live(c.channel(), c.arrivedAt(), -1, c.measured()));
    SimAgent a = agents.get(agentId);
    if (c.channel() == Channel.VOICE) {
      if (c.measured()) {
        voice.answered(now - c.arrivedAt());
        observer.answered(c.arrivedAt(), now - c.arrivedAt());
        unresolvedMeasuredCalls--;
      }
      a.callStarted(id, now);
      agenda.schedule(now + c.work(), () -> callEnds(id, a));
    } else {
      if (c.measured()) {
        email.answered(now - c.arrivedAt());
      }
      emailsWaiting--;
      a.emailStarted(id, c.work(), now);
      if (!a.onCall()) {
        resumeEmail(a);
      }
    }
  }

  private void callEnds(ContactId id, SimAgent a) {
    long now = clock.nanos();
    live.remove(id);
    a.callEnded(now);
    if (window.contains(now)) {
      voice.handled++;
    }
    if (a.email() != null) {
      resumeEmail(a);
    }
    apply(new Command.ContactEnded(id));
  }

  private void resumeEmail(SimAgent a) {
    long now = clock.nanos();
    ContactId id = a.email();
    a.emailResumed(now, agenda.schedule(now + a.emailLeft(), () -> emailEnds(id, a)));
  }

  private void emailEnds(ContactId id, SimAgent a) {
    long now = clock.nanos();
    live.remove(id);
    a.emailEnded(now);
    if (window.contains(now)) {
      email.handled++;
    }
    apply(new Command.ContactEnded(id));
  }

  private void apply(Command command) {
    commands++;
    List<RoutingEvent> events = engine.apply(command);
    for (RoutingEvent e : events) {
      if (e instanceof RoutingEvent.OfferMade o) {
        OfferKey key = new OfferKey(o.contact(), o.agent());
        openOffers.add(key);
        agenda.schedule(clock.nanos() + answerDelay, () -> answer(key));
      } else if (e instanceof RoutingEvent.ContactAccepted a) {
        openOffers.remove(new OfferKey(a.contact(), a.agent()));
        accepted(a.contact(), a.agent());
      } else if (e instanceof RoutingEvent.OfferWithdrawn w) {
        openOffers.remove(new OfferKey(w.contact(), w.agent()));
      } else if (e instanceof RoutingEvent.OfferTimedOut t) {
        openOffers.remove(new OfferKey(t.contact(), t.agent()));
      } else if (e instanceof RoutingEvent.CommandRefused r) {
        // The simulator only sends commands that are valid in the state the engine reported.
        throw new IllegalStateException("engine refused " + r.command() + ": " + r.reason());
      }
    }
  }

  private RunTotals result() {
    long busy = 0;
    for (SimAgent a : agents.values()) {
      busy += a.busyNanos(clock.nanos());
    }
    return new RunTotals(
        voice, email, busy, (double) cfg.agents() * (window.end() - window.start()),
        emailsWaitingAtEnd, commands);
  }

}
