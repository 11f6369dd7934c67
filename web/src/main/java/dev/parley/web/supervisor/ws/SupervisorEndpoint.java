package dev.parley.web.supervisor.ws;

import dev.parley.account.Account;
import dev.parley.account.AccountService;
import dev.parley.account.Role;
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
import java.util.logging.Logger;

/**
 * The supervisors' wallboard at {@code /ws/supervisor} (docs/supervisor-protocol.md). Only a
 * logged-in, enabled user holding the supervisor or admin role may open it (as {@code
 * /api/supervisor}); anyone else is closed with 1008 (policy violation). The handshake's Origin is
 * checked before the upgrade by {@code SocketOriginFilter}. A wallboard reads: it may ping and ask
 * for the whole board again; it may also monitor one live call at a time ({@link
 * SupervisorMonitoring}). Anything else is answered with an {@code error} and the connection stays
 * open. Frames above 16 KiB are closed with 1009.
 */
@ServerEndpoint("/ws/supervisor")
public class SupervisorEndpoint {

  /** Large enough for a browser's SDP while monitoring a call. */
  static final int MAX_FRAME = 16 * 1024;

  /** Session property holding the session's {@link Outbox} once it is registered. */
  private static final String OUTBOX_KEY = "parley.outbox";

  private static final String USER_KEY = "parley.user";

  private static final String NAME_KEY = "parley.name";

  private static final Logger LOG = Logger.getLogger(SupervisorEndpoint.class.getName());

  @Inject SupervisorCodec codec;

  @EJB AccountService accounts;

  @Inject SupervisorSessions sessions;

  @Inject SupervisorMonitoring monitoring;

  @OnOpen
  public void open(Session session) throws IOException {
    Principal principal = session.getUserPrincipal();
    Optional<Account> account =
        principal == null ? Optional.empty() : accounts.findByUsername(principal.getName());
    if (account.isEmpty() || !account.get().enabled() || !mayWatch(account.get())) {
      String who = principal == null ? "anonymous" : principal.getName();
      LOG.info(() -> "event=ws.refused endpoint=supervisor user=%s".formatted(who));
      session.close(
          new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "supervisor login required"));
      return;
    }
    String username = account.get().username();
    session.setMaxIdleTimeout(0);
    Outbox outbox = new Outbox(session, username);
    session.getUserProperties().put(USER_KEY, username);
    session
        .getUserProperties()
        .put(
            NAME_KEY, account.get().displayName() == null ? username : account.get().displayName());
    session.getUserProperties().put(OUTBOX_KEY, outbox);
    sessions.opened(session, outbox);
    LOG.info(() -> "event=ws.opened endpoint=supervisor user=%s".formatted(username));
  }

  private static boolean mayWatch(Account account) {
    return account.hasRole(Role.SUPERVISOR) || account.hasRole(Role.ADMIN);
  }

  @OnClose
  public void close(Session session) {
    sessions.closed(session);
    if (session.getUserProperties().get(USER_KEY) instanceof String user) {
      monitoring.closed(session, user);
    }
  }

  @OnMessage(maxMessageSize = MAX_FRAME)
  public void message(Session session, String frame) throws IOException {
    if (!(session.getUserProperties().get(OUTBOX_KEY) instanceof Outbox outbox)) {
      return; // refused on open; the close is under way
    }
    if (frame.length() > MAX_FRAME) {
      session.close(
          new CloseReason(
              CloseReason.CloseCodes.TOO_BIG, "frame above " + MAX_FRAME + " characters"));
      return;
    }
    SupervisorServerMessage reply = null;
    try {
      SupervisorClientMessage received = codec.read(frame);
      if (received instanceof SupervisorClientMessage.Ping ping) {
        reply = new SupervisorServerMessage.Pong(ping.seq());
      } else if (received instanceof SupervisorClientMessage.Refresh) {
        sessions.refresh(session);
      } else {
        String text =
            monitoring.handle(
                session,
                (String) session.getUserProperties().get(USER_KEY),
                (String) session.getUserProperties().get(NAME_KEY),
                outbox,
                received);
        if (text != null) {
          outbox.send(text);
        }
      }
    } catch (MessageCodec.InvalidFrameException e) {
      reply = new SupervisorServerMessage.Error(e.getMessage());
    }
    if (reply != null) {
      outbox.send(codec.write(reply));
    }
  }

  /**
   * The container reports frames it refused (too large, not UTF-8) here; the connection is closed
   * with a code that says why.
   */
  @OnError
  public void error(Session session, Throwable failure) throws IOException {
    LOG.info(() -> "event=ws.error endpoint=supervisor reason=%s".formatted(failure));
    SocketErrors.close(session, failure);
  }
}
