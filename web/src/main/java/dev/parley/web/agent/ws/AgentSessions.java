package dev.parley.web.agent.ws;

import dev.parley.routing.api.AgentNotification;
import dev.parley.web.platform.ws.Outbox;
import dev.parley.web.platform.ws.SerialLane;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open agent sessions by username (an agent may have several tabs open) and the push of
 * routing's notifications to them. Thread-safe: sessions come and go on WebSocket threads while
 * notifications arrive on the committing thread; the maps are concurrent and every update is a
 * single atomic map operation (no check-then-act). Notifications are written on a {@link
 * SerialLane} in commit order, and each session's frames go through its {@link Outbox}: in order,
 * one send in flight, never blocking routing's single writer.
 */
@ApplicationScoped
public class AgentSessions {

  private final Map<String, Map<Session, Outbox>> byAgent = new ConcurrentHashMap<>();

  @Inject AgentCodec codec;

  @Resource ManagedExecutorService executor;

  private SerialLane<AgentNotification> lane;

  @PostConstruct
  void start() {
    lane = new SerialLane<>(executor, this::deliver);
  }

  /** Registers {@code session}; {@code outbox} is the one every frame to it goes through. */
  public void opened(String username, Session session, Outbox outbox) {
    byAgent.computeIfAbsent(username, u -> new ConcurrentHashMap<>()).put(session, outbox);
  }

  public void closed(String username, Session session) {
    byAgent.computeIfPresent(
        username,
        (u, sessions) -> {
          sessions.remove(session);
          return sessions.isEmpty() ? null : sessions;
        });
  }

  /** How many sessions {@code username} has open (for logs and tests). */
  public int count(String username) {
    Map<Session, Outbox> s = byAgent.get(username);
    return s == null ? 0 : s.size();
  }

  /**
   * Only after the routing transaction committed: nothing is announced that was not stored. The
   * committing thread is routing's single writer, so it only hands the notification to the push
   * lane (one at a time, in commit order) and goes on; the JSON and the socket writes happen there.
   */
  public void push(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentNotification notification) {
    if (byAgent.containsKey(notification.agent().value())) {
      lane.offer(notification);
    }
  }

  private void deliver(AgentNotification notification) {
    Map<Session, Outbox> sessions = byAgent.get(notification.agent().value());
    if (sessions == null || sessions.isEmpty()) {
      return;
    }
    String frame = codec.write(AgentMessages.of(notification));
    for (Outbox outbox : sessions.values()) {
      // A dropped frame (session closing, client far behind and disconnected) is logged by the
      // outbox; the client reads its whole state again when it reconnects.
      outbox.send(frame);
    }
  }
}
