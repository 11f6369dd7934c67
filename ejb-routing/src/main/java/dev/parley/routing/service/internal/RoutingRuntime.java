package dev.parley.routing.service.internal;

import dev.parley.routing.agent.AgentId;
import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.Presence;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.contact.ContactId;
import dev.parley.routing.contact.ContactState;
import dev.parley.routing.customer.CustomerId;
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
import dev.parley.routing.service.SkillDefinition;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.NoSuchObjectLocalException;
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
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The single writer of routing state: owns the one {@link RoutingEngine} of this node.
 *
 * <p>Invariants: (1) every command runs under the container's write lock, so the engine sees one
 * command at a time, in order; (2) each command runs in its own transaction (REQUIRES_NEW) that
 * stores everything the command changed and commits before the caller gets an answer, so what
 * the engine knows and what the database holds never drift apart by more than the command in
 * flight; (3) if storing fails the transaction rolls back and the engine, which cannot roll back,
 * is marked stale and rebuilt from the database before the next command; (4) an EJB timer is set
 * for {@link RoutingEngine#nextDeadline()} after every command, and its timeout submits a {@link
 * Command.Tick} like any other command. Notifications are CDI events fired inside the transaction;
 * observers run after it commits. See docs/adr/0005-routing-runtime.md.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoRoutingData"})
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
@Lock(LockType.WRITE) // single writer; reads take the same lock because the engine is not thread-safe
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RoutingRuntime {

  private static final Logger LOG = Logger.getLogger(RoutingRuntime.class.getName());

  @Inject Clock clock;

  @Inject RoutingStore store;

  @Inject EventRecorder recorder;

  @Inject AgentStateAssembler assembler;

  @Inject Guards guards;

  @Inject ContactDetails details;

  @Inject LiveStatusReader live;

  @Inject ReferenceData reference;

  @Inject Event<AgentNotification> notifications;

  @Resource TimerService timerService;

  private RoutingEngine engine;
  private OpenOffers offers;
  private long lastArrivalSeq;
  private boolean stale;
  private Timer timer;
  private Instant timerAt;

  @PostConstruct
  void start() {
    rebuild(false); // nobody is connected yet; agents read their state when they connect
  }

  /** A failed command left the engine ahead of the database: rebuild it before anything else. */
  @AroundInvoke
  Object fresh(InvocationContext call) throws Exception {
    if (stale) {
      rebuild(true);
    }
    return call.proceed();
  }

  /**
   * Applies {@code command}, stores and announces its effects, re-arms the timer.
   *
   * @throws RoutingRefusedException (CONFLICT) when the engine refused it; effects of timers that
   *     fired before it are still stored
   */
  public List<RoutingEvent> execute(Command command) {
    if (stale) {
      rebuild(true);
    }
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
    if (fired.equals(timer)) {
      timer = null;
      timerAt = null;
    }
    execute(new Command.Tick());
  }

  private void storeAndAnnounce(List<RoutingEvent> events, boolean announce) {
    recorder.record(engine, events, this::nextArrivalSeq);
    List<AgentNotification> told = Notifications.of(events, lookup());
    offers.update(events, told);
    if (announce) {
      told.forEach(notifications::fire);
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
    engine = new RoutingEngine(clock);
    offers = new OpenOffers();
    recorder.reset();
    lastArrivalSeq = store.maxArrivalSeq();
    Rebuild data = Rebuild.from(store, clock);
    List<RoutingEvent> events = engine.restore(data.queues(), data.agents(), data.contacts());
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

  // ---- business operations: each checks and acts under one lock acquisition (no check-then-act)

  public ContactView receive(NewContact c) {
    if (c.customer() == null || c.customer().isBlank() || c.queue() == null || c.queue().isBlank()) {
      throw invalid("queue and customer are required"); // Bean Validation says so too; belt and braces
    }
    QueueId queue = QueueId.of(c.queue().strip());
    QueueConfig config =
        engine.queue(queue).orElseThrow(() -> invalid("unknown queue '" + c.queue() + "'"));
    if (!config.serves(c.channel())) {
      throw invalid("queue " + queue + " does not serve " + c.channel());
    }
    ContactId id = ContactId.of("c-" + UUID.randomUUID());
    execute(
        new Command.ContactArrived(
            id, c.channel(), c.direction(), queue, CustomerId.of(c.customer().strip()), c.priority()));
    return store.contact(id.value()).map(ContactMapping::toView).orElseThrow();
  }

  public ContactView abandon(ContactId contact) {
    guards.exists(engine, contact);
    execute(new Command.ContactAbandoned(contact));
    return store.contact(contact.value()).map(ContactMapping::toView).orElseThrow();
  }

  public AgentState agentState(AgentId agent) {
    return assembler.state(engine, offers, agent);
  }

  /** Logs the agent in, changes its presence or logs it out, whichever the engine needs. */
  public AgentState changePresence(AgentId agent, Presence presence) {
    guards.choosable(presence);
    if (engine.agent(agent).isPresent()) {
      execute(new Command.PresenceChanged(agent, presence));
    } else if (!presence.equals(Presence.OFFLINE)) {
      AgentProfile profile =
          store.profile(agent.value()).map(AgentMapping::toProfile).orElseGet(() -> AgentMapping.unconfigured(agent));
      execute(new Command.AgentLoggedIn(profile, presence));
    }
    return agentState(agent);
  }

  public AgentState accept(AgentId agent, ContactId contact) {
    guards.offeredTo(engine, agent, contact);
    execute(new Command.OfferAccepted(contact, agent));
    return agentState(agent);
  }

  public AgentState reject(AgentId agent, ContactId contact) {
    guards.offeredTo(engine, agent, contact);
    execute(new Command.OfferRejected(contact, agent));
    return agentState(agent);
  }

  public AgentState end(AgentId agent, ContactId contact) {
    guards.handledBy(engine, agent, contact, ContactState.ACTIVE);
    execute(new Command.ContactEnded(contact));
    return agentState(agent);
  }

  public AgentState wrapUp(AgentId agent, ContactId contact, String disposition) {
    Contact c = guards.handledBy(engine, agent, contact, ContactState.WRAP_UP);
    String code = guards.disposition(c, disposition);
    execute(new Command.WrapUpCompleted(contact, code));
    return agentState(agent);
  }

  public Optional<ContactDetail> contact(ContactId id) {
    return details.of(engine, id);
  }

  public List<LiveStatus.QueueStatus> queueStatus() {
    return live.queues(engine);
  }

  public List<LiveStatus.AgentStatus> agentStatus() {
    return live.agents(engine);
  }

  // ---- reference data: written and applied to the engine under the same lock (ReferenceData)

  /**
   * Creates or replaces a queue: stored and applied to the engine in one transaction.
   *
   * @return true when it was created
   */
  public boolean saveQueue(QueueDefinition definition) {
    return writing(() -> reference.saveQueue(definition, live()));
  }

  /** Removes an idle queue from the engine, from agents' profiles and from the database. */
  public void deleteQueue(String name) {
    writing(
        () -> {
          reference.deleteQueue(name, live());
          return null;
        });
  }

  /** Stores an agent's profile and applies it at once when the agent is logged in. */
  public AgentRoutingProfile saveAgentProfile(AgentRoutingProfile profile) {
    return writing(() -> reference.saveAgentProfile(profile, live()));
  }

  public SkillDefinition createSkill(SkillDefinition skill) {
    return writing(() -> reference.createSkill(skill));
  }

  public void deleteSkill(String name) {
    writing(
        () -> {
          reference.deleteSkill(name);
          return null;
        });
  }

  /** Stores a calendar and reconfigures the queues that use it; true when it was created. */
  public boolean saveBusinessHours(BusinessHoursDefinition calendar) {
    return writing(() -> reference.saveCalendar(calendar, live()));
  }

  public void deleteBusinessHours(String name) {
    writing(
        () -> {
          reference.deleteCalendar(name);
          return null;
        });
  }

  /**
   * Runs a reference-data write. Its rows may be written after the engine was told (a deleted
   * queue leaves the engine first); if writing them fails the engine is ahead of the database and
   * is rebuilt before the next call. Refusals change nothing and leave the engine as it is.
   */
  private <T> T writing(java.util.function.Supplier<T> write) {
    try {
      return write.get();
    } catch (RoutingRefusedException e) {
      throw e;
    } catch (RuntimeException e) {
      stale = true;
      throw e;
    }
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
