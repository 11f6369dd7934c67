package dev.parley.web.supervisor.ws;

import dev.parley.call.CallEvent;
import dev.parley.call.CallRefusedException;
import dev.parley.call.CallSetup;
import dev.parley.call.CallSignal;
import dev.parley.call.Calls;
import dev.parley.call.MonitorMode;
import dev.parley.call.Party;
import dev.parley.routing.api.id.ContactId;
import dev.parley.web.platform.call.CallCodec;
import dev.parley.web.platform.call.CallPush;
import dev.parley.web.platform.call.CallServerMessage;
import dev.parley.web.platform.call.CallWire;
import dev.parley.web.platform.ws.Outbox;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.websocket.Session;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A supervisor socket's monitoring of live calls (docs/supervisor-protocol.md, "Monitoring"): one
 * call at a time per socket, started, switched and stopped by the supervisor, with the signaling
 * towards the peer the media module named (the agent's browser peer to peer, the media server in
 * Kurento mode). The media module checks the call (live, not the supervisor's own), relays only
 * between the supervisor and whom they may meet, and audits; this class checks that a frame is
 * about the call this socket monitors and delivers the call's events for {@code
 * supervisor:<username>} to that socket only.
 */
@ApplicationScoped
@Named("supervisorCalls")
public class SupervisorMonitoring implements CallPush {

  /** Session property: the conversation id this socket monitors. */
  static final String MONITORING_KEY = "parley.monitoring";

  /** The socket monitoring each call, by {@code username|conversationId}. */
  private final Map<String, Outbox> monitoring = new ConcurrentHashMap<>();

  @EJB Calls calls;

  @Inject CallCodec callCodec;

  @Inject SupervisorCodec codec;

  /** Handles a monitoring frame; answers the reply to send (a frame's text), or null. */
  String handle(
      Session session, String user, String name, Outbox outbox, SupervisorClientMessage m) {
    try {
      if (m instanceof SupervisorClientMessage.MonitorStart s) {
        ContactId call = id(s.conversationId());
        MonitorMode mode = mode(s.mode());
        stop(session, user);
        String key = key(user, call.value());
        monitoring.put(key, outbox); // first: the events of the start go to this socket
        CallSetup setup;
        try {
          setup = calls.monitor(call, user, name, mode);
        } catch (RuntimeException e) {
          monitoring.remove(key, outbox);
          throw e;
        }
        session.getUserProperties().put(MONITORING_KEY, call.value());
        return callCodec.write(CallServerMessage.CallPeers.of(call.value(), setup));
      }
      if (m instanceof SupervisorClientMessage.MonitorMode c) {
        calls.monitorMode(mine(session, c.conversationId()), user, mode(c.mode()));
      } else if (m instanceof SupervisorClientMessage.MonitorStop s) {
        mine(session, s.conversationId());
        stop(session, user);
      } else if (m instanceof SupervisorClientMessage.CallSdp s) {
        calls.signal(
            mine(session, s.conversationId()),
            me(user),
            peer(s.peer()),
            CallWire.description(s.description()));
      } else if (m instanceof SupervisorClientMessage.CallIce i) {
        calls.signal(
            mine(session, i.conversationId()),
            me(user),
            peer(i.peer()),
            CallWire.candidate(i.candidate()));
      } else if (m instanceof SupervisorClientMessage.CallRestartIce r) {
        calls.signal(
            mine(session, r.conversationId()),
            me(user),
            peer(r.peer()),
            new CallSignal.RestartIce());
      }
      return null;
    } catch (CallRefusedException e) {
      return codec.write(new SupervisorServerMessage.Error(e.code() + ": " + e.getMessage()));
    } catch (IllegalArgumentException e) {
      return codec.write(new SupervisorServerMessage.Error("INVALID: " + e.getMessage()));
    }
  }

  /** The socket is gone: its monitoring ends after the calls' grace period (audited then). */
  void closed(Session session, String user) {
    Object call = session.getUserProperties().remove(MONITORING_KEY);
    if (call != null) {
      monitoring.remove(key(user, call.toString()));
      calls.lost(ContactId.of(call.toString()), Party.supervisorId(user));
    }
  }

  private void stop(Session session, String user) {
    Object call = session.getUserProperties().remove(MONITORING_KEY);
    if (call != null) {
      calls.leave(ContactId.of(call.toString()), Party.supervisorId(user));
      monitoring.remove(key(user, call.toString()));
    }
  }

  /** A call's event for {@code supervisor:<username>}: to the socket monitoring that call. */
  @Override
  public int push(CallEvent event) {
    String user = event.to().substring(Party.supervisorId("").length());
    Outbox outbox = monitoring.get(key(user, event.call().value()));
    return outbox != null && outbox.send(callCodec.write(event)) ? 1 : 0;
  }

  private static ContactId mine(Session session, String conversationId) {
    ContactId call = id(conversationId);
    if (!call.value().equals(session.getUserProperties().get(MONITORING_KEY))) {
      throw new CallRefusedException("NOT_IN_CALL", "you are not monitoring this call");
    }
    return call;
  }

  private static Party me(String user) {
    return Party.supervisor(user, user); // checked against the party that joined
  }

  private static String key(String user, String call) {
    return user + "|" + call;
  }

  private static MonitorMode mode(String mode) {
    try {
      return MonitorMode.valueOf(String.valueOf(mode).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("mode must be LISTEN, WHISPER or BARGE");
    }
  }

  private static ContactId id(String conversationId) {
    if (conversationId == null || conversationId.isBlank() || conversationId.length() > 200) {
      throw new IllegalArgumentException("conversationId is required");
    }
    return ContactId.of(conversationId);
  }

  private static String peer(String peer) {
    if (peer == null || peer.isBlank() || peer.length() > 200) {
      throw new IllegalArgumentException("peer is required");
    }
    return peer;
  }
}
