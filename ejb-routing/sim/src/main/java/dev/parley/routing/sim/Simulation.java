package dev.parley.routing.sim;

import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.Capacity;
import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.Direction;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.core.Command;
import dev.parley.routing.core.RoutingEngine;
import dev.parley.routing.core.RoutingEvent;
import dev.parley.routing.core.RoutingSettings;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.ServiceLevelTarget;
import dev.parley.routing.queue.SkillRequirement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One run of the discrete-event simulation around a real {@link RoutingEngine}. The loop always
 * advances the virtual clock to the earliest of: the next event on the {@link Agenda} (arrival,
 * answer, end of handling, abandonment) and the engine's {@code nextDeadline()} (then it sends a
 * {@code Tick}). Everything the engine decides comes back as events, which the simulated agents act
 * on; the simulator never reads the engine's internal state. Like the service facade, it tells the
 * engine to forget every contact that reached a final state, so one engine can run for any number
 * of simulated hours in bounded memory.
 *
 * <p>Arrivals stop at the end of the window; the run then continues until every measured call has
 * been answered or abandoned. Use an instance once.
 */
final class Simulation {
  /** A contact the simulator has sent to the engine and not yet seen finish. */
  static final class Live {
    final ContactId id;
    final Channel channel;
    final long arrivedAt;
    final long work;

    /** Batch of a measured voice call; -1 for anything not counted per batch. */
    final int batch;

    final boolean measured;
    boolean answered;

    /** The open offer (one, except under ring-all, which adds the others to {@link #more}). */
    Offer offer;

    List<Offer> more;

    Live(ContactId id, Channel channel, long arrivedAt, long work, boolean measured, int batch) {
      this.id = id;
      this.channel = channel;
      this.arrivedAt = arrivedAt;
      this.work = work;
      this.measured = measured;
      this.batch = batch;
    }

    void offered(Offer o) {
      if (offer == null) {
        offer = o;
      } else {
        if (more == null) {
          more = new ArrayList<>(4);
        }
        more.add(o);
      }
    }

    /** The offer to {@code agent} is over (accepted, withdrawn or timed out). */
    void closeOffer(AgentId agent) {
      if (offer != null && offer.agent.equals(agent)) {
        offer.open = false;
        offer = null;
      } else if (more != null) {
        for (int i = 0; i < more.size(); i++) {
          if (more.get(i).agent.equals(agent)) {
            more.remove(i).open = false;
            return;
          }
        }
      }
    }
  }

  /** An offer the simulated agent will answer after the answer delay, unless it is over by then. */
  static final class Offer {
    final Live call;
    final AgentId agent;
    boolean open = true;

    Offer(Live call, AgentId agent) {
      this.call = call;
      this.agent = agent;
    }
  }

  private static final String SKILL = "service";
  private static final QueueId EMAIL_QUEUE = QueueId.of("email");
  private static final Command.Tick TICK = new Command.Tick();
  private static final Set<ContactState> FINAL = EnumSet.noneOf(ContactState.class);

  static {
    for (ContactState s : ContactState.values()) {
      if (s.isTerminal()) {
        FINAL.add(s);
      }
    }
  }

  /** Batches the window is cut into for the confidence interval (see {@link Estimate}). */
  static final int BATCHES = 30;

  private final SimConfig cfg;
  private final Window window;
  private final Workload rnd;
  private final VirtualClock clock = new VirtualClock();
  private final RoutingEngine engine;
  private final Agenda agenda = new Agenda();
  private final Map<AgentId, SimAgent> agents = new LinkedHashMap<>();
  private final Map<ContactId, Live> live = new HashMap<>();
  private final ArrayDeque<ContactId> finished = new ArrayDeque<>();
  private final Tally voice;
  private final Tally email;
  private final Batches batches;
  private final QueueId[] voiceQueues;
  private final long answerDelay;
  private final WaitObserver observer;
  private boolean forgetting;
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
    this.batches = new Batches(window, BATCHES, cfg.slSeconds());
    this.answerDelay = Math.round(cfg.answerDelaySeconds() * 1e9);
    this.voiceQueues = new QueueId[cfg.voiceQueues()];
    for (int q = 0; q < voiceQueues.length; q++) {
      voiceQueues[q] = QueueId.of("voice-" + (q + 1));
    }
  }

  /** Runs to the end and returns its counts. */
  RunTotals run() {
    setUp();
    agenda.schedule(rnd.voiceGap(), Agenda.Kind.VOICE_ARRIVAL);
    if (cfg.blending()) {
      agenda.schedule(rnd.emailGap(), Agenda.Kind.EMAIL_ARRIVAL);
    }
    agenda.schedule(window.end(), Agenda.Kind.WINDOW_END);
    while (clock.nanos() < window.end() || unresolvedMeasuredCalls > 0) {
      long next = agenda.nextTime();
      long deadline = engine.nextDeadline().map(VirtualClock::toNanos).orElse(Long.MAX_VALUE);
      if (next == Long.MAX_VALUE && deadline == Long.MAX_VALUE) {
        break;
      }
      if (deadline < next) {
        clock.advanceTo(Math.max(deadline, clock.nanos()));
        apply(TICK);
      } else {
        Agenda.Entry e = agenda.poll();
        clock.advanceTo(e.at);
        happen(e);
      }
    }
    return result();
  }

  private void happen(Agenda.Entry e) {
    switch (e.kind) {
      case VOICE_ARRIVAL -> voiceArrives();
      case EMAIL_ARRIVAL -> emailArrives();
      case ANSWER -> answer(e.offer);
      case CALL_END -> callEnds(e.call, e.agent);
      case EMAIL_END -> emailEnds(e.call, e.agent);
      case ABANDON -> abandon(e.call);
      case WINDOW_END -> emailsWaitingAtEnd = emailsWaiting;
    }
  }

  private void setUp() {
    Map<QueueId, Integer> served = new LinkedHashMap<>();
    ServiceLevelTarget sl =
        new ServiceLevelTarget(
            cfg.slTargetPercent() / 100, Duration.ofNanos(Math.round(cfg.slSeconds() * 1e9)));
    Duration offerTimeout = Duration.ofNanos(answerDelay).plusSeconds(20);
    for (QueueId q : voiceQueues) {
      configure(q, Channel.VOICE, sl, offerTimeout);
      served.put(q, 0);
    }
    if (cfg.blending()) {
      configure(EMAIL_QUEUE, Channel.EMAIL, sl, offerTimeout);
      served.put(EMAIL_QUEUE, 0);
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

  private void voiceArrives() {
    long now = clock.nanos();
    ContactId id = ContactId.of("c" + nextId++);
    boolean measured = window.contains(now);
    long work = rnd.voiceHandle();
    int batch = -1;
    if (measured) {
      batch = batches.of(now);
      batches.arrived(batch, work);
      voice.arrived++;
      unresolvedMeasuredCalls++;
    }
    Live c = new Live(id, Channel.VOICE, now, work, measured, batch);
    live.put(id, c);
    QueueId q = voiceQueues[rnd.voiceQueue()];
    if (cfg.abandonment()) {
      agenda.schedule(now + rnd.patience(), Agenda.Kind.ABANDON, c, null);
    }
    scheduleNext(now + rnd.voiceGap(), Agenda.Kind.VOICE_ARRIVAL);
    apply(new Command.ContactArrived(id, Channel.VOICE, Direction.INBOUND, q, null, 0));
  }

  private void emailArrives() {
    long now = clock.nanos();
    ContactId id = ContactId.of("c" + nextId++);
    boolean measured = window.contains(now);
    live.put(id, new Live(id, Channel.EMAIL, now, rnd.emailHandle(), measured, -1));
    if (measured) {
      email.arrived++;
    }
    emailsWaiting++;
    scheduleNext(now + rnd.emailGap(), Agenda.Kind.EMAIL_ARRIVAL);
    apply(new Command.ContactArrived(id, Channel.EMAIL, Direction.INBOUND, EMAIL_QUEUE, null, 0));
  }

  private void scheduleNext(long at, Agenda.Kind arrival) {
    if (at < window.end()) {
      agenda.schedule(at, arrival);
    }
  }

  /** The caller hangs up unless an agent has already accepted the call. */
  private void abandon(Live c) {
    if (c.answered) {
      return;
    }
    if (c.measured) {
      voice.abandoned++;
      unresolvedMeasuredCalls--;
    }
    apply(new Command.ContactAbandoned(c.id));
  }

  private void answer(Offer offer) {
    if (offer.open) {
      apply(new Command.OfferAccepted(offer.call.id, offer.agent));
    }
  }

  private void accepted(Live c, AgentId agentId) {
    long now = clock.nanos();
    c.answered = true; // a pending abandonment now does nothing
    c.closeOffer(agentId);
    SimAgent a = agents.get(agentId);
    long wait = now - c.arrivedAt;
    if (c.channel == Channel.VOICE) {
      if (c.measured) {
        voice.answered(wait);
        batches.answered(c.batch, wait);
        observer.answered(c.arrivedAt, wait);
        unresolvedMeasuredCalls--;
      }
      a.callStarted(c.id, now);
      agenda.schedule(now + c.work, Agenda.Kind.CALL_END, c, a);
    } else {
      if (c.measured) {
        email.answered(wait);
      }
      emailsWaiting--;
      a.emailStarted(c, now);
      if (!a.onCall()) {
        resumeEmail(a);
      }
    }
  }

  private void callEnds(Live c, SimAgent a) {
    long now = clock.nanos();
    a.callEnded(now);
    if (window.contains(now)) {
      voice.handled++;
    }
    if (a.email() != null) {
      resumeEmail(a);
    }
    apply(new Command.ContactEnded(c.id));
  }

  private void resumeEmail(SimAgent a) {
    long now = clock.nanos();
    a.emailResumed(now, agenda.schedule(now + a.emailLeft(), Agenda.Kind.EMAIL_END, a.email(), a));
  }

  private void emailEnds(Live c, SimAgent a) {
    long now = clock.nanos();
    a.emailEnded(now);
    if (window.contains(now)) {
      email.handled++;
    }
    apply(new Command.ContactEnded(c.id));
  }

  /**
   * Sends one command and acts on what the engine reports. A contact that reached a final state
   * (closed, abandoned, overflowed) is then forgotten, as the service facade does once it has
   * stored it.
   */
  private void apply(Command command) {
    commands++;
    List<RoutingEvent> events = engine.apply(command);
    for (int i = 0, n = events.size(); i < n; i++) {
      RoutingEvent e = events.get(i);
      if (e instanceof RoutingEvent.OfferMade o) {
        Live c = live.get(o.contact());
        Offer offer = new Offer(c, o.agent());
        c.offered(offer);
        agenda.schedule(clock.nanos() + answerDelay, offer);
      } else if (e instanceof RoutingEvent.ContactAccepted a) {
        accepted(live.get(a.contact()), a.agent());
      } else if (e instanceof RoutingEvent.OfferWithdrawn w) {
        offerOver(w.contact(), w.agent());
      } else if (e instanceof RoutingEvent.OfferTimedOut t) {
        offerOver(t.contact(), t.agent());
      } else if (e instanceof RoutingEvent.ContactStateChanged s && FINAL.contains(s.to())) {
        finished.add(s.contact());
      } else if (e instanceof RoutingEvent.CommandRefused r) {
        // The simulator only sends commands that are valid in the state the engine reported.
        throw new IllegalStateException("engine refused " + r.command() + ": " + r.reason());
      }
    }
    if (!forgetting) {
      forgetting = true;
      ContactId done;
      while ((done = finished.poll()) != null) {
        live.remove(done);
        apply(new Command.ForgetContact(done));
      }
      forgetting = false;
    }
  }

  private void offerOver(ContactId contact, AgentId agent) {
    Live c = live.get(contact);
    if (c != null) {
      c.closeOffer(agent);
    }
  }

  private RunTotals result() {
    long busy = 0;
    for (SimAgent a : agents.values()) {
      busy += a.busyNanos(clock.nanos());
    }
    return new RunTotals(
        voice,
        email,
        batches,
        busy,
        (double) cfg.agents() * (window.end() - window.start()),
        emailsWaitingAtEnd,
        commands);
  }
}
