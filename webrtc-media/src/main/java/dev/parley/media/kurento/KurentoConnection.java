package dev.parley.media.kurento;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import dev.parley.media.spi.MediaUnavailableException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kurento.client.KurentoClient;
import org.kurento.jsonrpc.client.JsonRpcWSConnectionListener;

/**
 * The connection to Kurento Media Server, made in the background and made anew after a loss, one
 * attempt every retry interval, so that Parley never waits for Kurento when it starts.
 *
 * <p>Invariants: at most one Kurento client is in use ({@link #client()}); a client whose
 * connection broke is never used again but destroyed, and its loss is reported exactly once through
 * {@link Events#lost} (KMS drops a lost session's objects, and nothing of a call survives its
 * pipeline, so there is nothing to resume). The Kurento client's own reconnection is off: this
 * class decides when to try again.
 *
 * <p>Thread-safe: state changes under one lock; attempts run on the given executor, loss notices
 * arrive on the Kurento client's threads. The client library runs a few threads of its own (Netty
 * and its request executors); they end when the client is destroyed.
 */
final class KurentoConnection implements AutoCloseable {

  /** What the owner hears of the connection. */
  interface Events {
    /** The connection in use broke; every media object made through it is gone. */
    void lost(String reason);
  }

  private static final Logger LOG = Logger.getLogger(KurentoConnection.class.getName());

  private final KurentoSettings settings;
  private final ScheduledExecutorService executor;
  private final Events events;
  private final Object lock = new Object();
  private KurentoClient client;
  private Attempt current;
  private String detail;
  private boolean closed;

  KurentoConnection(KurentoSettings settings, ScheduledExecutorService executor, Events events) {
    this.settings = settings;
    this.executor = executor;
    this.events = events;
    this.detail = "Connecting to Kurento at " + settings.url();
  }

  /** Starts connecting in the background; returns at once. */
  void start() {
    schedule(Duration.ZERO);
  }

  /**
   * The client in use; throws {@link MediaUnavailableException} (saying why) when there is none.
   */
  KurentoClient client() {
    synchronized (lock) {
      if (client == null) {
        throw new MediaUnavailableException(detail);
      }
      return client;
    }
  }

  /** Whether {@code candidate} is still the client in use (no loss since it was handed out). */
  boolean isCurrent(KurentoClient candidate) {
    synchronized (lock) {
      return candidate != null && candidate == client;
    }
  }

  boolean available() {
    synchronized (lock) {
      return client != null;
    }
  }

  String detail() {
    synchronized (lock) {
      return detail;
    }
  }

  @Override
  public void close() {
    KurentoClient last;
    synchronized (lock) {
      closed = true;
      last = client;
      client = null;
      detail = "Kurento connection closed";
    }
    if (last != null) {
      KurentoClients.destroy(last);
    }
  }

  private void schedule(Duration delay) {
    executor.schedule(this::attempt, delay.toMillis(), MILLISECONDS);
  }

  private void attempt() {
    Attempt attempt = new Attempt();
    synchronized (lock) {
      if (closed || client != null) {
        return;
      }
      current = attempt;
    }
    KurentoClient made;
    try {
      made = KurentoClients.connect(settings, attempt);
    } catch (RuntimeException e) {
      String unreachable =
          "Kurento at "
              + settings.url()
              + " unreachable: "
              + KurentoClients.reason(e)
              + " (retrying every "
              + every()
              + ")";
      boolean news;
      synchronized (lock) {
        news = !unreachable.equals(detail);
        detail = unreachable;
      }
      // once per change of reason, not at every retry
      LOG.log(news ? Level.WARNING : Level.FINE, unreachable, news ? null : e);
      schedule(settings.retryInterval());
      return;
    }
    boolean keep;
    synchronized (lock) {
      keep = !closed && !attempt.broken && current == attempt;
      if (keep) {
        client = made;
        detail = "Kurento at " + settings.url() + " connected";
      }
    }
    if (keep) {
      LOG.info(() -> "Connected to Kurento at " + settings.url());
    } else {
      KurentoClients.destroy(made);
      schedule(settings.retryInterval());
    }
  }

  private void broke(Attempt attempt, String what) {
    attempt.broken = true;
    KurentoClient dead;
    String reason;
    synchronized (lock) {
      if (closed || current != attempt || client == null) {
        return; // not in use yet (attempt() sees it broken) or already replaced
      }
      dead = client;
      client = null;
      reason = "Kurento at " + settings.url() + " lost: " + what;
      detail = reason + " (reconnecting every " + every() + ")";
    }
    LOG.warning(detail());
    executor.execute(() -> KurentoClients.destroy(dead));
    events.lost(reason);
    schedule(settings.retryInterval());
  }

  private String every() {
    long millis = settings.retryInterval().toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /** One connection attempt and, if it succeeds, the life of that connection. */
  private final class Attempt implements JsonRpcWSConnectionListener {

    private volatile boolean broken;

    @Override
    public void connected() {
      // attempt() takes the client into use when the Kurento client's constructor returns
    }

    @Override
    public void connectionFailed() {
      broke(this, "connection failed");
    }

    @Override
    public void disconnected() {
      broke(this, "disconnected");
    }

    @Override
    public void reconnecting() {
      broke(this, "connection closed");
    }

    @Override
    public void reconnected(boolean sameServer) {
      broke(this, "connection closed and reopened");
    }
  }
}
