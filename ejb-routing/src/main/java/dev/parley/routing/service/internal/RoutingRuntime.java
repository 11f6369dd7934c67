package dev.parley.routing.service.internal;

import dev.parley.platform.persistence.StoreDurability;
import dev.parley.routing.agent.AgentId;
import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.ConnectionId;
import dev.parley.routing.agent.Presence;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.contact.ContactId;
import dev.parley.routing.contact.ContactState;
import dev.parley.routing.customer.CustomerId;
import dev.parley.routing.customer.CustomerKey;
import dev.parley.routing.service.CustomerDirectory;
import dev.parley.routing.service.AgentRoutingProfile;
import dev.parley.routing.service.AgentState;
import dev.parley.routing.service.BusinessHoursDefinition;
import dev.parley.routing.service.ContactDetail;
import dev.parley.routing.service.ContactView;
import dev.parley.routing.service.LiveStatus;
import dev.parley.routing.service.NewContact;
import dev.parley.routing.service.QueueDefinition;
import dev.parley.routing.core.Command;
import dev.parley.routing.core.RoutingEngine;
import dev.parley.routing.core.RoutingEvent;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.QueueId;
import dev.parley.routing.service.AgentNotification;
import dev.parley.routing.service.RoutingRefusedException;
import dev.parley.routing.service.RoutingSettingsDefinition;
import dev.parley.routing.service.SkillDefinition;
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
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The single writer of routing state: owns the one {@link RoutingEngine} of this node.
 *
 * <p>Invariants: (1) every operation (command or read) runs on the engine one at a time, in
 * arrival order: callers queue their operation and one of them, holding the writer lock, runs
 * the queued operations as a batch (group commit, below); (2) a batch runs in one transaction
 * (REQUIRES_NEW) that stores everything its commands changed and commits (and is flushed to the
 * file, {@link StoreDurability}) before any of its callers gets an answer or any agent is told,
 * so an acknowledged contact is stored and what the engine knows never runs ahead of the
 * database by more than the batch in flight; (3) if storing fails the
 * transaction rolls back, every caller of the batch gets the error, and the engine, which cannot
 * roll back, is marked stale and rebuilt from the database before the next batch; (4) an EJB
 * timer is set for {@link RoutingEngine#nextDeadline()} after every command, and its timeout
 * queues a {@link Command.Tick} like any other command; (5) at most {@link #maxQueued()}
 * operations wait: beyond that a caller is refused at once as BUSY (HTTP 503) instead of piling
 * up threads. Notifications are CDI events collected during the batch and fired after it is
 * durable, outside any transaction. See docs/adr/0005-routing-runtime.md.
 *
 * <p>Group commit: while a batch is being stored, new operations queue up; the next caller to
 * take the lock runs all of them (up to {@link #MAX_BATCH}) in one transaction, so the database
 * commit is paid once per batch rather than once per command.
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

  /** Operations allowed to wait (system property {@code parley.routing.max-queued}). */
  static int maxQueued() {
    return Integer.getInteger("parley.routing.max-queued", 4096);
  }

  /** How long a caller waits for the writer before it is told BUSY (unless already running). */
  private static final long MAX_WAIT_MILLIS = 20_000;

  /**
   * Least time between the starts of two batches, in milliseconds (system property {@code
   * parley.routing.commit-interval-ms}, default 5, 0 turns it off): under load the store commits at
   * most this often (see {@link GroupCommit}).
   */
  static long commitIntervalMillis() {
    long millis = Long.getLong("parley.routing.commit-interval-ms", 5);
    if (millis < 0 || millis > 1_000) {
      throw new IllegalStateException("parley.routing.commit-interval-ms must be between 0 and 1000, not " + millis);
    }
    return millis;
  }

  private final GroupCommit writer =
      new GroupCommit(
          maxQueued(),
          MAX_BATCH,
          MAX_WAIT_MILLIS,
          TimeUnit.MILLISECONDS.toNanos(commitIntervalMillis()),
          batch -> {
            this.context.getBusinessObject(RoutingRuntime.class).runBatch(batch); // commits
            this.durability.flush();
            announce();
          },
          this::batchFailed);

  @Resource SessionContext context;

  @Inject Clock clock;

  @Inject RoutingStore store;

  @Inject EventRecorder recorder;

  @Inject AgentStateAssembler assembler;

  @Inject Guards guards;

  @Inject ContactDetails details;

  @Inject LiveStatusReader live;

  @Inject ReferenceData reference;

  @EJB CustomerDirectory customers;

  @Inject Event<AgentNotification> notifications;

  @Inject StoreDurability durability;

  /** What the running batch has to tell agents: told once it is committed and durable. */
  private final List<AgentNotification> toAnnounce = new ArrayList<>();

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
    grace = PresenceGrace.parse(graceSetting); // a bad value stops the deployment, naming the setting
    LOG.info(() -> "event=routing.presence graceSeconds=%d".formatted(grace.toSeconds()));
    contactIds = new ContactIds(clock);
    rebuild(false); // nobody is connected yet: nobody is offered work until they are
    recorder.writeBatch();
    durability.flushAfterCommit();
  }

  /** Runs {@code op} as one operation of the next batch (see {@link GroupCommit}). */
  private <T> T submit(Supplier<T> op) {
    return writer.submit(op);
  }

  /** A batch's transaction rolled back: the engine is ahead of the database. */
  private void batchFailed(RuntimeException e) {
    stale = true;
    toAnnounce.clear(); // nothing of a failed batch is told
    LOG.warning(() -> "event=routing.batch.failed size=%d cause=%s".formatted(writer.lastBatchSize(), unwrap(e)));
  }

  private static RuntimeException unwrap(RuntimeException e) {
    Throwable t = e;
    while (t instanceof jakarta.ejb.EJBException && t.getCause() instanceof RuntimeException cause) {
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
      submit(
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
          LOG.warning(() -> "event=routing.announce.failed agent=%s cause=%s".formatted(n.agent(), e));
        }
      }
    } finally {
      toAnnounce.clear();
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
      public Optional<Contact> contact(ContactId id) {
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
            clock, SettingsMapping.toSettings(store.settings()).withConnectionGrace(grace), new SplittableRandom(0));
    offers = new OpenOffers();
    recorder.reset();
    lastArrivalSeq = store.maxArrivalSeq();
    Rebuild data = Rebuild.from(store, clock, customers::identitiesOf);
    List<RoutingEvent> events =
        engine.restore(data.queues(), data.agents(), data.contacts(), data.served(), data.offers(), live);
    offers.restored(engine, data.offers(), lookup());
    storeAndAnnounce(events, announce);
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
          timer = timerService.createSingleActionTimer(Date.from(at.plusMillis(1)), new TimerConfig(null, false));
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

  // ---- business operations: each runs whole as one queued operation (no check-then-act)

  public ContactView receive(NewContact c) {
    return submit(
        () -> {
          if (c.customer() == null || c.customer().isBlank() || c.queue() == null || c.queue().isBlank()) {
            throw invalid("queue and customer are required"); // Bean Validation says so too; belt and braces
          }
          if (c.customer().strip().length() > CustomerKey.MAX_LENGTH) {
            // Refused here: a row the database refuses would fail the whole batch, other callers too.
            throw invalid("customer longer than " + CustomerKey.MAX_LENGTH + " characters");
          }
          QueueId queue = QueueId.of(c.queue().strip());
          QueueConfig config =
              engine.queue(queue).orElseThrow(() -> invalid("unknown queue '" + c.queue() + "'"));
          if (!config.serves(c.channel())) {
            throw invalid("queue " + queue + " does not serve " + c.channel());
          }
          List<CustomerId> identities = identities(c.customer(), config);
          ContactId id = contactIds.next();
          recorder.expectNew(id);
          execute(
              new Command.ContactArrived(
                  id,
                  c.channel(),
                  c.direction(),
                  queue,
                  CustomerId.of(c.customer().strip()),
                  c.priority(),
                  identities));
          return storedView(id);
        });
  }

  /**
   * The sticky-agent keys of a new contact: its identity's canonical key, and in a queue with a
   * sticky window the identities linked to it too (read from {@code customer_link} in the batch's
   * transaction, so a link made before the contact arrived counts).
   */
  private List<CustomerId> identities(String customer, QueueConfig queue) {
    String key;
    try {
      key = CustomerKey.of(customer);
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
    if (queue.stickyWindow().isZero()) {
      return List.of(CustomerId.of(key));
    }
    return CustomerKey.ownFirst(key, customers.identitiesOf(key));
  }

  public ContactView abandon(ContactId contact) {
    return submit(
        () -> {
          guards.exists(engine, contact);
          execute(new Command.ContactAbandoned(contact));
          return storedView(contact);
        });
  }

  private ContactView storedView(ContactId contact) {
    return recorder.contactRow(contact.value()).map(ContactMapping::toView).orElseThrow();
  }

  public AgentState agentState(AgentId agent) {
    return submit(() -> stateOf(agent));
  }

  private AgentState stateOf(AgentId agent) {
    return assembler.state(engine, offers, agent);
  }

  /** Applies an agent's command (already checked) and answers with the agent's new state. */
  private AgentState agentCommand(AgentId agent, Command command) {
    execute(command);
    return stateOf(agent);
  }

  /** Logs the agent in, changes its presence or logs it out, whichever the engine needs. */
  public AgentState changePresence(AgentId agent, Presence presence) {
    return submit(
        () -> {
          guards.choosable(presence);
          if (engine.agent(agent).isPresent()) {
            return agentCommand(agent, new Command.PresenceChanged(agent, presence));
          }
          if (presence.equals(Presence.OFFLINE)) {
            return stateOf(agent);
          }
          AgentProfile profile =
              store.profile(agent.value()).map(AgentMapping::toProfile).orElseGet(() -> AgentMapping.unconfigured(agent));
          return agentCommand(agent, new Command.AgentLoggedIn(profile, presence));
        });
  }

  /** A workstation connection of the agent opened (see {@link Command.AgentConnected}). */
  public void agentConnected(AgentId agent, ConnectionId connection) {
    run(() -> execute(new Command.AgentConnected(agent, connection)));
  }

  /** That connection is gone (see {@link Command.AgentDisconnected}). */
  public void agentDisconnected(AgentId agent, ConnectionId connection) {
    run(() -> execute(new Command.AgentDisconnected(agent, connection)));
  }

  public AgentState accept(AgentId agent, ContactId contact) {
    return submit(
        () -> {
          guards.offeredTo(engine, agent, contact, recorder);
          return agentCommand(agent, new Command.OfferAccepted(contact, agent));
        });
  }

  public AgentState reject(AgentId agent, ContactId contact) {
    return submit(
        () -> {
          guards.offeredTo(engine, agent, contact, recorder);
          return agentCommand(agent, new Command.OfferRejected(contact, agent));
        });
  }

  public AgentState end(AgentId agent, ContactId contact) {
    return submit(
        () -> {
          guards.handledBy(engine, agent, contact, ContactState.ACTIVE, recorder);
          return agentCommand(agent, new Command.ContactEnded(contact));
        });
  }

  public AgentState wrapUp(AgentId agent, ContactId contact, String disposition) {
    return submit(
        () -> {
          Contact c = guards.handledBy(engine, agent, contact, ContactState.WRAP_UP, recorder);
          String code = guards.disposition(c, disposition);
          return agentCommand(agent, new Command.WrapUpCompleted(contact, code));
        });
  }

  public Optional<ContactDetail> contact(ContactId id) {
    return submit(
        () -> {
          recorder.writeBatch(); // the history this batch has recorded so far is part of the answer
          return details.of(engine, id);
        });
  }

  public List<LiveStatus.QueueStatus> queueStatus() {
    return submit(() -> live.queues(engine));
  }

  public List<LiveStatus.AgentStatus> agentStatus() {
    return submit(() -> live.agents(engine));
  }

  // ---- reference data: each write runs whole as one queued operation (ReferenceData). A failed
  // write rolls its batch back and marks the engine stale like any failed command.

  /**
   * Creates or replaces a queue: stored and applied to the engine in one transaction.
   *
   * @return true when it was created
   */
  public boolean saveQueue(QueueDefinition definition) {
    return submit(() -> reference.saveQueue(definition, live()));
  }

  /** Removes an idle queue from the engine, from agents' profiles and from the database. */
  public void deleteQueue(String name) {
    run(() -> reference.deleteQueue(name, live()));
  }

  /** Stores an agent's profile and applies it at once when the agent is logged in. */
  public AgentRoutingProfile saveAgentProfile(AgentRoutingProfile profile) {
    return submit(() -> reference.saveAgentProfile(profile, live()));
  }

  public SkillDefinition createSkill(SkillDefinition skill) {
    return submit(() -> reference.createSkill(skill));
  }

  public void deleteSkill(String name) {
    run(() -> reference.deleteSkill(name));
  }

  /** Stores a calendar and reconfigures the queues that use it; true when it was created. */
  public boolean saveBusinessHours(BusinessHoursDefinition calendar) {
    return submit(() -> reference.saveCalendar(calendar, live()));
  }

  public void deleteBusinessHours(String name) {
    run(() -> reference.deleteCalendar(name));
  }

  /** Stores the engine-wide settings and applies them to the running engine. */
  public RoutingSettingsDefinition saveRoutingSettings(RoutingSettingsDefinition settings) {
    return submit(() -> reference.saveSettings(settings, live()));
  }

  /** {@link #submit} for an operation with no answer. */
  private void run(Runnable op) {
    submit(
        () -> {
          op.run();
          return null;
        });
  }

  private ReferenceData.Live live() {
    return new ReferenceData.Live() {
      @Override
      public void apply(Command command) {
        execute(command);
      }

      @Override
      public boolean loggedIn(AgentId agent) {
        return engine.agent(agent).isPresent();
      }
    };
  }

  static RoutingRefusedException invalid(String message) {
    return new RoutingRefusedException(RoutingRefusedException.Kind.INVALID, message);
  }
}
