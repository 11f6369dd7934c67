package dev.parley.web.agent.ws;

import dev.parley.call.CallEvent;
import dev.parley.chat.AgentChatNotice;
import dev.parley.routing.api.AgentNotification;
import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ConnectionId;
import dev.parley.web.platform.call.CallCodec;
import dev.parley.web.platform.call.CallPush;
import dev.parley.web.platform.delivery.AgentPush;
import dev.parley.web.platform.delivery.ChatFrame;
import dev.parley.web.platform.ws.Outbox;
import dev.parley.web.platform.ws.SerialLane;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The open agent sessions by username (an agent may have several tabs open), what routing is told
 * about them (an agent is offered work only while one of its connections is live, ADR 0013), and
 * the push of routing's notifications to them. Thread-safe: sessions come and go on WebSocket
 * threads while notifications arrive on the committing thread; the maps are concurrent and every
 * update is a single atomic map operation (no check-then-act). Notifications are written on a
 * {@link SerialLane} in commit order, and each session's frames go through its {@link Outbox}: in
 * order, one send in flight, never blocking routing's single writer.
 */
@ApplicationScoped
@Named("agentCalls")
public class AgentSessions implements AgentPush, CallPush {

  private static final Logger LOG = Logger.getLogger(AgentSessions.class.getName());

  /** Tries to tell routing a connection is gone (each waits for the writer, see ADR 0005). */
  private static final int DISCONNECT_ATTEMPTS = 3;

  private final Map<String, Map<Session, Outbox>> byAgent = new ConcurrentHashMap<>();

  @Inject AgentCodec codec;

  @Inject CallCodec callCodec;

  @EJB RoutingService routing;

  @Resource ManagedExecutorService executor;

  private SerialLane<AgentNotification> lane;

  @PostConstruct
  void start() {
    lane = new SerialLane<>(executor, this::deliver);
  }

  /**
   * Tells routing that {@code session} of {@code username} is live, before the session is
   * registered and welcomed: from its welcome on, the agent counts as connected. Pushes of the
   * routing batch that counts it may miss this session; the client reads its state on opening.
   *
   * @return false when routing is too busy to count it now: close the session (1013), the client
   *     reconnects
   */
  public boolean connect(String username, Session session) {
    try {
      routing.agentConnected(AgentId.of(username), connectionOf(session));
    } catch (RoutingRefusedException e) {
      LOG.warning(
          () -> "event=ws.connect.refused agent=%s reason=%s".formatted(username, e.getMessage()));
      return false;
    }
    if (!session.isOpen()) {
      // Closed while routing counted it: its close may have been told first, so tell it again.
      disconnect(username, session);
      return false;
    }
    return true;
  }

  /** Registers {@code session}; {@code outbox} is the one every frame to it goes through. */
  public void opened(String username, Session session, Outbox outbox) {
    byAgent.computeIfAbsent(username, u -> new ConcurrentHashMap<>()).put(session, outbox);
  }

  /** {@code session} is gone: no more pushes to it, and routing is told (see {@link #connect}). */
  public void closed(String username, Session session) {
    byAgent.computeIfPresent(
        username,
        (u, sessions) -> {
          sessions.remove(session);
          return sessions.isEmpty() ? null : sessions;
        });
    disconnect(username, session);
  }

  /**
   * Tells routing the connection is gone, again while routing answers BUSY: a connection routing
   * still counted would keep the agent in routing after it left. Telling it twice is harmless.
   */
  private void disconnect(String username, Session session) {
    for (int attempt = 1; ; attempt++) {
      try {
        routing.agentDisconnected(AgentId.of(username), connectionOf(session));
        return;
      } catch (RoutingRefusedException e) {
        if (e.kind() != RoutingRefusedException.Kind.BUSY || attempt == DISCONNECT_ATTEMPTS) {
          LOG.warning(
              () ->
                  "event=ws.disconnect.lost agent=%s reason=%s"
                      .formatted(username, e.getMessage()));
          return;
        }
      } catch (RuntimeException e) {
        // Routing is gone (the server is stopping): nothing to tell any more.
        LOG.fine(() -> "event=ws.disconnect.skipped agent=%s cause=%s".formatted(username, e));
        return;
      }
    }
  }

  private static ConnectionId connectionOf(Session session) {
    return ConnectionId.of(session.getId());
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
  public void push(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) AgentNotification notification) {
    if (byAgent.containsKey(notification.agent().value())) {
      lane.offer(notification);
    }
  }

  @Override
  public int push(Set<String> agents, ChatFrame frame) {
    String text = null;
    int reached = 0;
    for (String agent : agents) {
      Map<Session, Outbox> sessions = byAgent.get(agent);
      if (sessions == null || sessions.isEmpty()) {
        continue;
      }
      if (text == null) {
        text = codec.write(AgentMessages.of(frame));
      }
      for (Outbox outbox : sessions.values()) {
        if (outbox.send(text)) {
          reached++;
        }
      }
    }
    return reached;
  }

  /** A call's event for the agent it names (every open workstation of that agent). */
  @Override
  public int push(CallEvent event) {
    String agent = event.to().startsWith("agent:") ? event.to().substring("agent:".length()) : "";
    Map<Session, Outbox> sessions = byAgent.get(agent);
    if (sessions == null || sessions.isEmpty()) {
      return 0;
    }
    String text = callCodec.write(event);
    int reached = 0;
    for (Outbox outbox : sessions.values()) {
      if (outbox.send(text)) {
        reached++;
      }
    }
    return reached;
  }

  /** Tells the agent's sessions that a chat went back to its queue, and why. */
  public void contactReturned(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) AgentChatNotice.Returned returned) {
    Map<Session, Outbox> sessions = byAgent.get(returned.agent().value());
    if (sessions != null) {
      String text =
          codec.write(
              new AgentServerMessage.ContactReturned(
                  returned.contact().value(), returned.reason()));
      sessions.values().forEach(o -> o.send(text));
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
