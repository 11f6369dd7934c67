package dev.parley.web.supervisor.ws;

import dev.parley.routing.api.LiveStatus;
import dev.parley.routing.api.RoutingService;
import dev.parley.web.platform.ws.Outbox;
import dev.parley.web.platform.ws.Pacer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The open wallboards and what they are sent. Routing tells of every batch that changed something
 * ({@link LiveStatus.Changed}); the board is then read again through a {@link Pacer}, at most every
 * {@link #INTERVAL_MILLIS} ms however busy routing is (a read holds routing's writer only for the
 * engine's part, see {@code RoutingService.liveBoard}), and only the sections that changed are
 * pushed: the same frames, encoded once, to every wallboard. A session that just opened, or asked
 * for a {@code refresh}, gets a {@code snapshot} from the next read instead.
 *
 * <p>Thread-safe: sessions come and go on WebSocket threads, routing's event arrives on its writer
 * (which only requests a read), and reads run one at a time on the managed scheduled executor, so
 * {@link #lastSent} is only touched by one read at a time. Every frame to a session goes through
 * its {@link Outbox}.
 */
@ApplicationScoped
public class SupervisorSessions {

  /** Least time between two reads of the board. */
  static final long INTERVAL_MILLIS = 250;

  private static final Logger LOG = Logger.getLogger(SupervisorSessions.class.getName());

  private final Map<Session, Outbox> open = new ConcurrentHashMap<>();

  /** Sessions whose next frame from a read is a snapshot. */
  private final Set<Session> awaitingSnapshot = ConcurrentHashMap.newKeySet();

  @Inject SupervisorCodec codec;

  @EJB RoutingService routing;

  @Resource ManagedScheduledExecutorService scheduler;

  private Pacer pacer;

  /** The board the open sessions were last brought to (null before the first read). */
  private LiveStatus.Board lastSent;

  @PostConstruct
  void start() {
    pacer =
        new Pacer(
            (task, delay) -> scheduler.schedule(task, delay, TimeUnit.MILLISECONDS),
            INTERVAL_MILLIS,
            System::nanoTime,
            this::publish);
  }

  /** Registers {@code session}; its first board frame will be a snapshot. */
  public void opened(Session session, Outbox outbox) {
    awaitingSnapshot.add(session); // first: a read that sees the session knows what it needs
    open.put(session, outbox);
    pacer.request();
  }

  public void closed(Session session) {
    open.remove(session);
    awaitingSnapshot.remove(session);
  }

  /** The session asked for the whole board again. */
  public void refresh(Session session) {
    if (open.containsKey(session)) {
      awaitingSnapshot.add(session);
      pacer.request();
    }
  }

  /** How many wallboards are open (for logs and tests). */
  public int count() {
    return open.size();
  }

  /**
   * After a routing batch committed: only asks for a read (this runs on routing's single writer).
   */
  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LiveStatus.Changed changed) {
    if (!open.isEmpty()) {
      pacer.request();
    }
  }

  /** One read of the board, and what each open session is sent of it. Runs on the pacer. */
  private void publish() {
    if (open.isEmpty()) {
      return;
    }
    LiveStatus.Board board;
    try {
      board = routing.liveBoard();
    } catch (RuntimeException e) {
      // BUSY, or routing is gone: the sessions keep what they have until the next change; one
      // still waiting for its snapshot has nothing, so it is tried again after the interval.
      LOG.warning(() -> "event=ws.supervisor.read.failed cause=" + e);
      if (!awaitingSnapshot.isEmpty()) {
        pacer.request();
      }
      return;
    }
    List<String> changes =
        BoardChanges.between(lastSent, board).stream().map(codec::write).toList();
    String snapshot = null;
    for (Map.Entry<Session, Outbox> e : open.entrySet()) {
      if (awaitingSnapshot.remove(e.getKey())) {
        if (snapshot == null) {
          snapshot = codec.write(SupervisorServerMessage.Snapshot.of(board));
        }
        e.getValue().send(snapshot);
      } else {
        changes.forEach(e.getValue()::send);
      }
    }
    lastSent = board;
  }
}
