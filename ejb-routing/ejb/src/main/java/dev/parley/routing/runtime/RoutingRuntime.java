package dev.parley.routing.runtime;

import dev.parley.platform.clock.Ticker;
import dev.parley.platform.config.Settings;
import dev.parley.platform.persistence.StoreDurability;
import dev.parley.routing.api.AgentNotification;
import dev.parley.routing.api.ContactNotification;
import dev.parley.routing.api.CustomerDirectory;
import dev.parley.routing.api.LiveStatus;
import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ConnectionId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.core.Command;
import dev.parley.routing.core.RoutingEngine;
import dev.parley.routing.core.RoutingEvent;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.reference.SettingsMapping;
import dev.parley.routing.store.EventRecorder;
import dev.parley.routing.store.RoutingStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The single writer of routing state: owns the one {@link RoutingEngine} of this node.
 *
 * <p>Invariants: (1) every operation (command or read) runs on the engine one at a time, in arrival
 * order: callers queue their operation and one of them, holding the writer lock, runs the queued
 * operations as a batch (group commit, below); (2) a batch runs in one transaction (REQUIRES_NEW)
 * that stores everything its commands changed and commits (and is flushed to the file, {@link
 * StoreDurability}) before any of its callers gets an answer or any agent is told, so an
 * acknowledged contact is stored and what the engine knows never runs ahead of the database by more
 * than the batch in flight; (3) if storing fails the transaction rolls back, every caller of the
 * batch gets the error, and the engine, which cannot roll back, is marked stale and rebuilt from
 * the database before the next batch; (4) an EJB timer is set for {@link
 * RoutingEngine#nextDeadline()} after every command, and its timeout queues a {@link Command.Tick}
 * like any other command; (5) at most {@link #maxQueued} operations wait: beyond that a caller is
 * refused at once as BUSY (HTTP 503) instead of piling up threads. Notifications are CDI events
 * collected during the batch and fired after it is durable, outside any transaction: each agent's
 * and each contact's, then one {@link LiveStatus.Changed} for a batch that executed commands (what
 * live views re-read on). See docs/adr/0005-routing-runtime.md.
 *
 * <p>Group commit: while a batch is being stored, new operations queue up; the next caller to take
 * the lock runs all of them (up to {@link #MAX_BATCH}) in one transaction, so the database commit
 * is paid once per batch rather than once per command.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoRoutingData"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // the writer lock below, not the container's
// Callers only queue and wait; the transactions are the batches' (runBatch) and the rebuild's.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoutingRuntime {

  private static final Logger LOG = Logger.getLogger(RoutingRuntime.class.getName());

  /** Operations run in one transaction at most. */
  static final int MAX_BATCH = 256;

  /** How long a caller waits for the writer before it is told BUSY (unless already running). */
  private static final long MAX_WAIT_MILLIS = 20_000;

  /**
   * Operations allowed to wait ({@code parley.routing.max-queued}, 1 to 1,000,000); one more is
   * refused at once as BUSY.
   */
  @Inject
  @ConfigProperty(name = "parley.routing.max-queued", defaultValue = "4096")
  int maxQueued;

  /**
   * Least time between the starts of two batches, in milliseconds ({@code
   * parley.routing.commit-interval-ms}, 0 to 1000, default 5, 0 turns it off): under load the store
   * commits at most this often (see {@link GroupCommit}, ADR 0010).
   */
  @Inject
  @ConfigProperty(name = "parley.routing.commit-interval-ms", defaultValue = "5")
  long commitIntervalMillis;

  /** Set up at start from the settings above, which are checked first. */
  private GroupCommit writer;

  @Resource SessionContext context;

  @Inject Clock clock;

  @Inject Ticker ticker;

  @Inject RoutingStore store;

  @Inject EventRecorder recorder;

  @EJB CustomerDirectory customers;

  @Inject Event<AgentNotification> notifications;

  @Inject Event<ContactNotification> contactNotifications;

  @Inject Event<LiveStatus.Changed> liveChanges;

  @Inject StoreDurability durability;

  /** What the running batch has to tell agents: told once it is committed and durable. */
  private final List<AgentNotification> toAnnounce = new ArrayList<>();

  /** What the running batch has to tell the channels about their contacts: told likewise. */
  private final List<ContactNotification> contactNews = new ArrayList<>();

  /**
   * Whether the running batch executed a command that may have changed the live view (any command
   * but a Tick that did nothing): told once, as one {@link LiveStatus.Changed}, likewise.
   */
  private boolean liveChanged;

  @Resource TimerService timerService;

  /** How long an agent's last connection may be gone before it leaves routing (ADR 0013). */
  @Inject
  @ConfigProperty(name = PresenceGrace.PROPERTY, defaultValue = PresenceGrace.DEFAULT)
  String graceSetting;

  private Duration grace;

  private RoutingEngine engine;
  private OpenOffers offers;
  private ContactIds contactIds;
  private long lastArrivalSeq;
  private boolean stale;
  private Timer timer;
  private Instant timerAt;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void start() {
    grace =
        PresenceGrace.parse(graceSetting); // a bad value stops the deployment, naming the setting
    LOG.info(() -> "event=routing.presence graceSeconds=%d".formatted(grace.toSeconds()));
    Settings.require("parley.routing.max-queued", maxQueued, 1, 1_000_000);
    Settings.require("parley.routing.commit-interval-ms", commitIntervalMillis, 0, 1_000);
    writer =
        new GroupCommit(
            ticker,
            maxQueued,
            MAX_BATCH,
            MAX_WAIT_MILLIS,
            TimeUnit.MILLISECONDS.toNanos(commitIntervalMillis),
            batch -> {
              context.getBusinessObject(RoutingRuntime.class).runBatch(batch); // commits
              durability.flush();
              announce();
            },
            this::batchFailed);
    contactIds = new ContactIds(clock);
    rebuild(false); // nobody is connected yet: nobody is offered work until they are
    recorder.writeBatch();
    durability.flushAfterCommit();
  }

  /** A batch's transaction rolled back: the engine is ahead of the database. */
  private void batchFailed(RuntimeException e) {
    stale = true;
    toAnnounce.clear(); // nothing of a failed batch is told
    contactNews.clear();
    liveChanged = false;
    LOG.warning(
        () ->
            "event=routing.batch.failed size=%d cause=%s"
                .formatted(writer.lastBatchSize(), unwrap(e)));
  }

  private static RuntimeException unwrap(RuntimeException e) {
    Throwable t = e;
    while (t instanceof jakarta.ejb.EJBException
        && t.getCause() instanceof RuntimeException cause) {
      t = cause;
    }
    return (RuntimeException) t;
  }

  /**
   * Internal (public only so that the container runs it in its own transaction): one batch of
   * queued operations, after a rebuild if the last batch failed. Called only by the {@link
   * GroupCommit}, which holds the writer lock.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void runBatch(Runnable batch) {
    if (stale) {
      rebuild(true);
    }
    batch.run();
    recorder.writeBatch(); // the batch's rows in JDBC batches; a failure here fails the whole batch
  }

  /**
   * Applies {@code command}, stores and announces its effects, re-arms the timer.
   *
   * @throws RoutingRefusedException (CONFLICT) when the engine refused it; effects of timers that
   *     fired before it are still stored
   */
  private List<RoutingEvent> execute(Command command) {
    List<RoutingEvent> events;
    try {
      events = engine.apply(command);
      liveChanged |= !events.isEmpty() || !(command instanceof Command.Tick);
      storeAndAnnounce(events, true);
      forgetFinished(events);
    } catch (RuntimeException e) {
      stale = true;
      throw e;
    }
    reschedule();
    for (RoutingEvent e : events) {
      if (e instanceof RoutingEvent.CommandRefused r && r.command() == command) {
        throw new RoutingRefusedException(RoutingRefusedException.Kind.CONFLICT, r.reason());
      }
    }
    return events;
  }

  /** The next contact's arrival sequence number; only called by the writer. */
  private long nextArrivalSeq() {
    return ++lastArrivalSeq;
  }

  @Timeout
  void tick(Timer fired) {
    try {
      writer.submit(
          () -> {
            if (fired.equals(timer)) {
              timer = null;
              timerAt = null;
            }
            return execute(new Command.Tick());
          });
    } catch (RoutingRefusedException e) {
      // BUSY: the batches running now re-arm the timer after their commands.
      LOG.fine(() -> "event=routing.tick.deferred reason=" + e.getMessage());
    }
  }

  private void storeAndAnnounce(List<RoutingEvent> events, boolean announce) {
    recorder.record(engine, events, this::nextArrivalSeq);
    List<AgentNotification> told = Notifications.of(events, lookup());
    offers.update(events, told);
    if (announce) {
      toAnnounce.addAll(told);
      contactNews.addAll(ContactNotifications.of(events, lookup()));
    }
  }

  /**
   * Tells agents what the last batch did, now that it is committed and durable. Outside any
   * transaction, so the observers (transactional, {@code AFTER_SUCCESS}) run at once, in order.
   */
  private void announce() {
    try {
      for (AgentNotification n : toAnnounce) {
        try {
          notifications.fire(n);
        } catch (RuntimeException e) {
          // The batch is stored and its callers are answered whatever one observer does.
          LOG.warning(
              () -> "event=routing.announce.failed agent=%s cause=%s".formatted(n.agent(), e));
        }
      }
      for (ContactNotification n : contactNews) {
        try {
          contactNotifications.fire(n);
        } catch (RuntimeException e) {
          LOG.warning(
              () -> "event=routing.announce.failed contact=%s cause=%s".formatted(n.contact(), e));
        }
      }
      if (liveChanged) {
        try {
          liveChanges.fire(new LiveStatus.Changed(clock.instant()));
        } catch (RuntimeException e) {
          LOG.warning(() -> "event=routing.announce.failed live=changed cause=" + e);
        }
      }
    } finally {
      toAnnounce.clear();
      contactNews.clear();
      liveChanged = false;
    }
  }

  /**
   * Contacts that reached a terminal state are stored by now, so the engine may drop them (its
   * memory stays bounded). The engine refuses while a consult of the contact still waits; that
   * contact is then kept until the next restart.
   */
  private void forgetFinished(List<RoutingEvent> events) {
    for (RoutingEvent e : events) {
      if (e instanceof RoutingEvent.ContactStateChanged s && s.to().isTerminal()) {
        List<RoutingEvent> more = engine.apply(new Command.ForgetContact(s.contact()));
        storeAndAnnounce(more, true);
        forgetFinished(more);
      }
    }
  }

  private Notifications.Lookup lookup() {
    RoutingEngine e = engine;
    return new Notifications.Lookup() {
      @Override
      public Optional<Contact.Snapshot> contact(ContactId id) {
        return e.contact(id);
      }

      @Override
      public Optional<QueueConfig> queue(QueueId id) {
        return e.queue(id);
      }
    };
  }

  /** Replaces the engine with one rebuilt from the committed rows, and routes what waits. */
  private void rebuild(boolean announce) {
    // Connections are live facts, not stored: a rebuild in the same process keeps the sockets'.
    Map<AgentId, Set<ConnectionId>> live = engine == null ? Map.of() : engine.connections();
    engine =
        new RoutingEngine(
            clock,
            SettingsMapping.toSettings(store.settings()).withConnectionGrace(grace),
            new SplittableRandom(0));
    offers = new OpenOffers();
    recorder.reset();
    lastArrivalSeq = store.maxArrivalSeq();
    Rebuild data = Rebuild.from(store, clock, customers::identitiesOf);
    List<RoutingEvent> events =
        engine.restore(
            data.queues(), data.agents(), data.contacts(), data.served(), data.offers(), live);
    offers.restored(engine, data.offers(), lookup());
    storeAndAnnounce(events, announce);
    liveChanged |= announce;
    stale = false;
    reschedule();
    LOG.info(
        () ->
            "event=routing.rebuilt queues=%d agents=%d contacts=%d"
                .formatted(data.queues().size(), data.agents().size(), data.contacts().size()));
  }

  /** Arms one non-persistent timer for the engine's next deadline (rebuilt on start anyway). */
  private void reschedule() {
    Optional<Instant> next = engine.nextDeadline();
    if (next.isPresent() && next.get().equals(timerAt)) {
      return;
    }
    cancelTimer();
    next.ifPresent(
        at -> {
          // One millisecond late rather than early: Date drops sub-millisecond precision.
          timer =
              timerService.createSingleActionTimer(
                  Date.from(at.plusMillis(1)), new TimerConfig(null, false));
          timerAt = at;
        });
  }

  private void cancelTimer() {
    if (timer != null) {
      try {
        timer.cancel();
      } catch (NoSuchObjectLocalException | IllegalStateException e) {
        // Already fired or gone with a rolled-back transaction: nothing to cancel.
      }
    }
    timer = null;
    timerAt = null;
  }

  // ---- the operations: each runs whole as one queued operation (no check-then-act). The
  // operations themselves live with their job (intake, desk, live, reference); they reach the
  // engine only through the EngineSession they are given here.

  /**
   * Runs {@code op} on the engine as one operation of the next batch (see {@link GroupCommit}) and
   * returns its answer once the batch is committed and durable.
   *
   * @throws RoutingRefusedException BUSY when too many operations wait, or whatever {@code op}
   *     refuses; a runtime exception from {@code op} fails its batch (rolled back, engine rebuilt)
   */
  public <T> T submit(Function<EngineSession, T> op) {
    return writer.submit(() -> op.apply(session));
  }

  /** {@link #submit} for an operation with no answer. */
  public void run(Consumer<EngineSession> op) {
    submit(
        s -> {
          op.accept(s);
          return null;
        });
  }

  /** What an operation may do: only ever used inside {@link #submit}, under the writer lock. */
  private final EngineSession session =
      new EngineSession() {
        @Override
        public RoutingEngine engine() {
          return engine;
        }

        @Override
        public List<RoutingEvent> execute(Command command) {
          return RoutingRuntime.this.execute(command);
        }

        @Override
        public OpenOffers offers() {
          return offers;
        }

        @Override
        public EventRecorder recorder() {
          return recorder;
        }

        @Override
        public ContactId nextContactId() {
          return contactIds.next();
        }
      };
}
