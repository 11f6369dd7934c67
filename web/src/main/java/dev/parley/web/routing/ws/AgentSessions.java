package dev.parley.web.routing.ws;

import dev.parley.routing.service.AgentNotification;
import dev.parley.web.ws.MessageCodec;
import dev.parley.web.ws.ServerMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The open agent sessions by username (an agent may have several tabs open) and the push of
 * routing's notifications to them. Thread-safe: sessions come and go on WebSocket threads while
 * notifications arrive on the committing thread; the map and its sets are concurrent and every
 * update is a single atomic map operation (no check-then-act). Sends are asynchronous so a slow
 * client never holds up routing's single writer.
 */
@ApplicationScoped
public class AgentSessions {

  private static final Logger LOG = Logger.getLogger(AgentSessions.class.getName());

  private final Map<String, Set<Session>> byAgent = new ConcurrentHashMap<>();

  @Inject MessageCodec codec;

  public void opened(String username, Session session) {
    byAgent.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(session);
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
    Set<Session> s = byAgent.get(username);
    return s == null ? 0 : s.size();
  }

  /** Only after the routing transaction committed: nothing is announced that was not stored. */
  public void push(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentNotification notification) {
    Set<Session> sessions = byAgent.get(notification.agent().value());
    if (sessions == null || sessions.isEmpty()) {
      return;
    }
    String frame = codec.write(AgentMessages.of(notification));
    for (Session s : sessions) {
      if (s.isOpen()) {
        s.getAsyncRemote()
            .sendText(
                frame,
                result -> {
                  if (!result.isOK()) {
                    // The agent's client re-reads its state on reconnect, but a lost offer frame
                    // delays an answer until then: worth a warning, not a debug line.
                    LOG.warning(() -> "event=ws.push.failed user=%s reason=%s".formatted(notification.agent(), result.getException()));
                  }
                });
      }
    }
  }
}
