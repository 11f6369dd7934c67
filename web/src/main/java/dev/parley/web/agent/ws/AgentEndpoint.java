package dev.parley.web.agent.ws;

import dev.parley.account.Account;
import dev.parley.account.AccountService;
import dev.parley.account.Role;
import dev.parley.web.platform.delivery.ChatSignals;
import dev.parley.web.platform.ws.MessageCodec;
import dev.parley.web.platform.ws.Outbox;
import dev.parley.web.platform.ws.SocketErrors;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The agent workstation's live channel at {@code /ws/agent}. Only a logged-in user holding the
 * agent role may open it; anyone else is closed with 1008 (policy violation). Frames above 64 KiB
 * are closed with 1009 by the container. Accepted sessions are counted by routing (an agent is
 * offered work only while one of its connections is live) before their welcome, and registered with
 * {@link AgentSessions}, which pushes routing's offers and state changes to them.
 */
@ServerEndpoint("/ws/agent")
public class AgentEndpoint {

  static final int MAX_FRAME = 64 * 1024;

  /** Session property naming the agent once the handshake was accepted. */
  private static final String AGENT_KEY = "parley.agent";

  /** Session property holding the session's {@link Outbox} once it is registered. */
  private static final String OUTBOX_KEY = "parley.outbox";

  private static final Logger LOG = Logger.getLogger(AgentEndpoint.class.getName());

  @Inject AgentCodec codec;

  @EJB AccountService accounts;

  @Inject AgentSessions sessions;

  @Inject ChatSignals signals;

  @Inject AgentCallSignaling callSignaling;

  /** Session property holding the calls this session joined (conversation ids). */
  private static final String CALLS_KEY = "parley.calls";

  @OnOpen
  public void open(Session session) throws IOException {
    Principal principal = session.getUserPrincipal();
    Optional<Account> account =
        principal == null ? Optional.empty() : accounts.findByUsername(principal.getName());
    if (account.isEmpty() || !account.get().enabled() || !account.get().hasRole(Role.AGENT)) {
      String who = principal == null ? "anonymous" : principal.getName();
      LOG.info(() -> "event=ws.refused endpoint=agent user=%s".formatted(who));
      session.close(
          new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "agent login required"));
      return;
    }
    Account agent = account.get();
    session.setMaxIdleTimeout(0);
    // Set first, so that whatever happens next the session's close is told to routing.
    session.getUserProperties().put(AGENT_KEY, agent.username());
    session.getUserProperties().put(CALLS_KEY, ConcurrentHashMap.newKeySet());
    if (!sessions.connect(agent.username(), session)) {
      if (session.isOpen()) {
        session.close(
            new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "routing busy, reconnect"));
      }
      return;
    }
    Outbox outbox = new Outbox(session, agent.username());
    // Queued before the session is registered, so the welcome is always the first frame a
    // client sees; routing's pushes and the replies below queue behind it.
    outbox.send(
        codec.write(
            new AgentServerMessage.Welcome(
                agent.username(), agent.roles().stream().map(Role::roleName).sorted().toList())));
    session.getUserProperties().put(OUTBOX_KEY, outbox);
    sessions.opened(agent.username(), session, outbox);
    LOG.info(() -> "event=ws.opened endpoint=agent user=%s".formatted(agent.username()));
  }

  @OnClose
  public void close(Session session) {
    Object agent = session.getUserProperties().get(AGENT_KEY);
    if (agent != null) {
      sessions.closed(agent.toString(), session);
      callSignaling.lost(agent.toString(), joinedCalls(session));
    }
  }

  @OnMessage(maxMessageSize = MAX_FRAME)
  public void message(Session session, String frame) throws IOException {
    if (frame.length() > MAX_FRAME) {
      session.close(
          new CloseReason(
              CloseReason.CloseCodes.TOO_BIG, "frame above " + MAX_FRAME + " characters"));
      return;
    }
    AgentServerMessage reply;
    try {
      AgentClientMessage received = codec.read(frame);
      if (received instanceof AgentClientMessage.Ping ping) {
        reply = new AgentServerMessage.Pong(ping.seq());
      } else if (received instanceof AgentClientMessage.Typing typing) {
        reply =
            signals.agentTyping(agentOf(session), typing.conversationId(), typing.active())
                ? null
                : new AgentServerMessage.Error("not a conversation of yours");
      } else {
        // a call frame: its reply (if any) is already written, possibly by the call codec
        String text = callSignaling.handle(agentOf(session), joinedCalls(session), received);
        if (text != null && session.getUserProperties().get(OUTBOX_KEY) instanceof Outbox o) {
          o.send(text);
        }
        reply = null;
      }
    } catch (MessageCodec.InvalidFrameException e) {
      reply = new AgentServerMessage.Error(e.getMessage());
    }
    if (reply != null) {
      send(session, reply);
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<String> joinedCalls(Session session) {
    Object calls = session.getUserProperties().get(CALLS_KEY);
    return calls instanceof Set<?> set ? (Set<String>) set : new java.util.HashSet<>();
  }

  private static String agentOf(Session session) {
    return String.valueOf(session.getUserProperties().get(AGENT_KEY));
  }

  /**
   * The container reports frames it refused (too large, not UTF-8) here; the connection is closed
   * with a code that says why, and nothing stored is touched.
   */
  @OnError
  public void error(Session session, Throwable failure) throws IOException {
    LOG.info(() -> "event=ws.error endpoint=agent reason=%s".formatted(failure));
    SocketErrors.close(session, failure);
  }

  /** Replies through the session's outbox (pushes may be in flight on another thread). */
  private void send(Session session, AgentServerMessage message) {
    if (session.getUserProperties().get(OUTBOX_KEY) instanceof Outbox outbox) {
      outbox.send(codec.write(message));
    }
  }
}
