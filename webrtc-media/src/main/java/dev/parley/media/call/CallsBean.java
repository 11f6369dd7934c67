package dev.parley.media.call;

import dev.parley.call.CallEvent;
import dev.parley.call.CallRefusedException;
import dev.parley.call.CallSetup;
import dev.parley.call.CallSignal;
import dev.parley.call.Calls;
import dev.parley.call.IceServer;
import dev.parley.call.MediaMode;
import dev.parley.call.MediaStatus;
import dev.parley.call.MonitorMode;
import dev.parley.call.Party;
import dev.parley.call.PartyRole;
import dev.parley.call.Peer;
import dev.parley.media.spi.MediaBackend;
import dev.parley.media.spi.MediaListener;
import dev.parley.media.spi.MediaUnavailableException;
import dev.parley.media.spi.RecordedFile;
import dev.parley.recording.AuditAction;
import dev.parley.recording.Recordings;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactDetail;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.admin.ReferenceKind;
import dev.parley.routing.api.admin.RoutingAdmin;
import dev.parley.routing.api.id.ContactId;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link Calls}: who is in each call's media ({@link CallRoom}, one monitor per call, so the
 * backend sees one call's changes in order) and the media backend of the configured mode. Rooms
 * live in memory: after a restart the browsers join again (they rejoin on reconnect) and the room
 * is made anew. What routing does to a call (accepted, transferred, ended) reaches the rooms
 * through {@link CallRoutingEvents}.
 */
@Singleton
@Startup
@Local(Calls.class)
@LocalBean
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CallsBean implements Calls {

  private static final Logger LOG = Logger.getLogger(CallsBean.class.getName());

  @Inject MediaBackends backends;

  @Inject IceServers ice;

  @EJB RoutingService routing;

  @EJB RoutingAdmin admin;

  @Inject Event<CallEvent> events;

  @EJB Recordings recordings;

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject
  @ConfigProperty(name = "parley.calls.lost-grace-seconds", defaultValue = "20")
  int lostGraceSeconds;

  private final Map<ContactId, CallRoom> rooms = new ConcurrentHashMap<>();

  private MediaBackend backend;

  /** Peer to peer: null (the agent's browser records). */
  private ServerRecordings serverRecordings;

  @PostConstruct
  void start() {
    if (lostGraceSeconds < 1 || lostGraceSeconds > 600) {
      throw new IllegalStateException(
          "parley.calls.lost-grace-seconds must be 1..600, was " + lostGraceSeconds);
    }
    backend = backends.create(new Listener());
    serverRecordings = backend.recordsOnServer() ? new ServerRecordings(backend, recordings) : null;
    LOG.info(
        () -> "event=calls.media mode=%s detail=%s".formatted(backend.mode(), backend.detail()));
  }

  @PreDestroy
  void stop() {
    backend.shutdown();
  }

  @Override
  public CallSetup join(ContactId call, Party party, boolean video) {
    ContactDetail detail =
        routing
            .contact(call)
            .orElseThrow(() -> new CallRefusedException("NOT_A_CALL", "no such call"));
    if (!detail.contact().channel().isLiveCall()) {
      throw new CallRefusedException("NOT_A_CALL", "this conversation is not a call");
    }
    ContactState state = detail.contact().state();
    if (party.role() == PartyRole.AGENT
        && !party.id().equals(Party.agentId(String.valueOf(detail.contact().assignedAgent())))) {
      throw new CallRefusedException("NOT_ALLOWED", "the call is not yours");
    }
    boolean open =
        party.isCustomer()
            ? state == ContactState.QUEUED
                || state == ContactState.OFFERED
                || state == ContactState.ACTIVE
            : state == ContactState.ACTIVE;
    if (!open) {
      throw new CallRefusedException("NOT_ALLOWED", "the call is " + state);
    }
    CallRoom room = rooms.computeIfAbsent(call, c -> new CallRoom());
    synchronized (room) {
      if (party.isCustomer() && room.ringBackSeconds > 0) {
        room.ringBackSeconds = 0; // the customer answered the ring-back (or came back)
        cancel(room);
      }
      if (room.contains(party.id())) {
        // a reconnect: the old connections are gone (a supervisor monitoring stays)
        leaveLocked(call, room, party.id(), true, "reconnected");
      }
      if (party.role() == PartyRole.AGENT) {
        // The agent routing gave the call to: whoever had it before (a transfer whose
        // notification is still on its way) is out.
        for (Party other : room.others(party.id())) {
          if (other.role() == PartyRole.AGENT) {
            leaveLocked(call, room, other.id());
          }
        }
      }
      List<Party> others = room.others(party.id());
      List<Peer> peers;
      try {
        peers = backend.join(call, party, video, others);
      } catch (MediaUnavailableException e) {
        throw new CallRefusedException("MEDIA_UNAVAILABLE", e.getMessage());
      }
      room.add(party);
      for (Party other : others) {
        if (CallRoom.meet(party, other)) {
          events.fire(
              new CallEvent.PeerJoined(
                  call, other.id(), new Peer(party.id(), party.role(), party.name(), false)));
        }
      }
      if (party.role() == PartyRole.AGENT) {
        room.monitors.forEach(
            (supervisor, mode) ->
                events.fire(new CallEvent.Monitor(call, party.id(), supervisor, mode)));
      }
      musicFollows(call, room);
      if (party.role() == PartyRole.AGENT && serverRecordings != null) {
        serverRecordings.startIfAlways(call, detail.contact(), party.username());
      }
      return new CallSetup(
          backend.mode(), peers, ice.forUser(party.id()), room.onHold(), backend.musicFromServer());
    }
  }

  @Override
  public void signal(ContactId call, Party from, String peer, CallSignal signal) {
    CallRoom room = rooms.get(call);
    if (room == null) {
      throw new CallRefusedException("NOT_IN_CALL", "join the call first");
    }
    synchronized (room) {
      Party sender = room.find(from.id());
      if (sender == null) {
        throw new CallRefusedException("NOT_IN_CALL", "join the call first");
      }
      boolean server = Party.MEDIA_SERVER_ID.equals(peer);
      if (!server) {
        Party to = room.find(peer);
        if (to == null || !CallRoom.meet(sender, to)) {
          throw new CallRefusedException("NOT_IN_CALL", "no peer " + peer + " in this call");
        }
      }
      backend.signal(call, from, peer, signal);
    }
  }

  @Override
  public void leave(ContactId call, String party) {
    CallRoom room = rooms.get(call);
    if (room == null) {
      return;
    }
    synchronized (room) {
      leaveLocked(call, room, party);
    }
  }

  private void leaveLocked(ContactId call, CallRoom room, String party) {
    leaveLocked(call, room, party, false, "left");
  }

  /**
   * {@code party} leaves. A supervisor's leaving is told only to whom they met (never the customer)
   * and ends their monitoring; the agent's leaving ends every monitoring of the call, unless the
   * agent is only {@code rejoining} (a reconnect).
   */
  private void leaveLocked(
      ContactId call, CallRoom room, String party, boolean rejoining, String why) {
    Party leaving = room.find(party);
    MonitorMode monitored = room.monitors.get(party);
    if (leaving == null || !room.remove(party)) {
      return;
    }
    List<Party> others = room.parties();
    backend.leave(call, party, others);
    for (Party other : others) {
      if (!leaving.isSupervisor() || CallRoom.meet(leaving, other)) {
        events.fire(new CallEvent.PeerLeft(call, other.id(), party));
      }
    }
    if (monitored != null) {
      monitorEnded(call, room, leaving, why);
    }
    if (leaving.role() == PartyRole.AGENT && !rejoining) {
      for (String supervisor : List.copyOf(room.monitors.keySet())) {
        leaveLocked(call, room, supervisor, false, "the agent left the call");
      }
    }
    musicFollows(call, room);
  }

  @Override
  public CallSetup monitor(
      ContactId call, String supervisor, String displayName, MonitorMode mode) {
    ContactDetail detail =
        routing
            .contact(call)
            .orElseThrow(() -> new CallRefusedException("NOT_A_CALL", "no such call"));
    if (!detail.contact().channel().isLiveCall()) {
      throw new CallRefusedException("NOT_A_CALL", "this conversation is not a call");
    }
    if (detail.contact().state() != ContactState.ACTIVE) {
      throw new CallRefusedException(
          "NOT_ALLOWED",
          "only a live call can be monitored; this one is " + detail.contact().state());
    }
    if (supervisor.equals(detail.contact().assignedAgent())) {
      throw new CallRefusedException("NOT_ALLOWED", "you are this call's agent");
    }
    CallRoom room = rooms.get(call);
    if (room == null) {
      throw new CallRefusedException("NOT_IN_CALL", "the call has no media now");
    }
    synchronized (room) {
      if (room.contains(Party.agentId(supervisor))) {
        throw new CallRefusedException("NOT_ALLOWED", "you take part in this call");
      }
      Party agent = room.agent();
      if (agent == null) {
        throw new CallRefusedException("NOT_IN_CALL", "the call's agent is not in its media now");
      }
      Party me = Party.supervisor(supervisor, displayName);
      if (room.contains(me.id())) {
        leaveLocked(call, room, me.id(), false, "monitoring again");
      }
      List<Party> others = room.others(me.id());
      List<Peer> peers;
      try {
        peers = backend.monitor(call, me, mode, others);
      } catch (MediaUnavailableException e) {
        throw new CallRefusedException("MEDIA_UNAVAILABLE", e.getMessage());
      }
      audit(supervisor, mode, call, "started; agent " + agent.username());
      room.add(me);
      room.monitors.put(me.id(), mode);
      // Peer to peer the agent's browser connects to the supervisor's; in Kurento mode both
      // connect to the media server only, and the Monitor event below is all the agent needs.
      if (backend.mode() == MediaMode.PEER_TO_PEER) {
        for (Party other : others) {
          if (CallRoom.meet(me, other)) {
            events.fire(
                new CallEvent.PeerJoined(
                    call, other.id(), new Peer(me.id(), PartyRole.SUPERVISOR, me.name(), false)));
          }
        }
      }
      announce(call, room, me.id(), mode);
      LOG.info(
          () ->
              "event=calls.monitor.started call=%s supervisor=%s mode=%s"
                  .formatted(call, supervisor, mode));
      return new CallSetup(
          backend.mode(), peers, ice.forUser(me.id()), room.onHold(), backend.musicFromServer());
    }
  }

  @Override
  public void monitorMode(ContactId call, String supervisor, MonitorMode mode) {
    CallRoom room = rooms.get(call);
    String id = Party.supervisorId(supervisor);
    if (room == null) {
      throw new CallRefusedException("NOT_IN_CALL", "you are not monitoring this call");
    }
    synchronized (room) {
      MonitorMode was = room.monitors.get(id);
      if (was == null) {
        throw new CallRefusedException("NOT_IN_CALL", "you are not monitoring this call");
      }
      if (was == mode) {
        return;
      }
      backend.monitorMode(call, id, mode, room.others(id));
      room.monitors.put(id, mode);
      audit(supervisor, mode, call, "changed from " + was);
      announce(call, room, id, mode);
    }
  }

  /** Tells the call's agent and the supervisor the supervisor's mode (null: ended). */
  private void announce(ContactId call, CallRoom room, String supervisor, MonitorMode mode) {
    Party agent = room.agent();
    if (agent != null) {
      events.fire(new CallEvent.Monitor(call, agent.id(), supervisor, mode));
    }
    events.fire(new CallEvent.Monitor(call, supervisor, supervisor, mode));
  }

  private void monitorEnded(ContactId call, CallRoom room, Party supervisor, String why) {
    announce(call, room, supervisor.id(), null);
    try {
      recordings.audit(supervisor.username(), AuditAction.MONITOR_END, call, null, why);
    } catch (RuntimeException e) {
      // the monitoring is over whatever the trail says; the log keeps what it missed
      LOG.log(
          Level.WARNING,
          "event=calls.monitor.audit.failed call=%s supervisor=%s action=MONITOR_END"
              .formatted(call, supervisor.id()),
          e);
    }
    LOG.info(
        () ->
            "event=calls.monitor.ended call=%s supervisor=%s why=%s"
                .formatted(call, supervisor.id(), why));
  }

  private void audit(String supervisor, MonitorMode mode, ContactId call, String detail) {
    AuditAction action =
        switch (mode) {
          case LISTEN -> AuditAction.MONITOR_LISTEN;
          case WHISPER -> AuditAction.MONITOR_WHISPER;
          case BARGE -> AuditAction.MONITOR_BARGE;
        };
    recordings.audit(supervisor, action, call, null, detail);
  }

  @Override
  public void lost(ContactId call, String party) {
    CallRoom room = rooms.get(call);
    if (room == null) {
      return;
    }
    int generation;
    synchronized (room) {
      if (!room.contains(party)) {
        return;
      }
      generation = room.generation(party);
    }
    scheduler.schedule(
        () -> {
          synchronized (room) {
            if (room.sameGeneration(party, generation)) {
              LOG.info(() -> "event=calls.party.lost call=%s party=%s".formatted(call, party));
              leaveLocked(call, room, party);
            }
          }
        },
        lostGraceSeconds,
        TimeUnit.SECONDS);
  }

  @Override
  public void hold(ContactId call, boolean on) {
    CallRoom room = rooms.get(call);
    if (room == null) {
      throw new CallRefusedException("NOT_IN_CALL", "the call has no media now");
    }
    synchronized (room) {
      room.held = on;
      musicFollows(call, room);
    }
  }

  @Override
  public void keepPlace(ContactId call) {
    ContactDetail detail =
        routing
            .contact(call)
            .orElseThrow(() -> new CallRefusedException("NOT_A_CALL", "no such call"));
    if (!detail.contact().channel().isLiveCall()) {
      throw new CallRefusedException("NOT_A_CALL", "only a call can keep its place");
    }
    if (detail.contact().state() != ContactState.QUEUED) {
      throw new CallRefusedException("NOT_ALLOWED", "only a waiting call can keep its place");
    }
    int seconds =
        admin
            .find(ReferenceKind.QUEUE, detail.contact().queue())
            .map(QueueDefinition::virtualHoldSeconds)
            .orElse(0);
    if (seconds <= 0) {
      throw new CallRefusedException(
          "NOT_ALLOWED", "this queue does not offer to keep your place; please stay on the line");
    }
    CallRoom room = rooms.computeIfAbsent(call, c -> new CallRoom());
    synchronized (room) {
      room.ringBackSeconds = seconds;
      leaveLocked(call, room, Party.CUSTOMER_ID);
    }
  }

  /** Rings the caller back; answers whether a ring started (the call was on virtual hold). */
  public boolean ringBack(ContactId call, String agentName, Runnable noAnswer) {
    CallRoom room = rooms.get(call);
    if (room == null) {
      return false;
    }
    synchronized (room) {
      if (room.ringBackSeconds == 0 || room.ringTimer != null) {
        return false;
      }
      events.fire(new CallEvent.Ring(call, Party.CUSTOMER_ID, agentName));
      room.ringTimer = scheduler.schedule(noAnswer, room.ringBackSeconds, TimeUnit.SECONDS);
      return true;
    }
  }

  /** Whether the caller is still away (virtual hold, not answered). */
  public boolean away(ContactId call) {
    CallRoom room = rooms.get(call);
    if (room == null) {
      return false;
    }
    synchronized (room) {
      return room.ringBackSeconds > 0;
    }
  }

  @Override
  public void end(ContactId call) {
    CallRoom room = rooms.remove(call);
    if (room == null) {
      return;
    }
    synchronized (room) {
      cancel(room);
      endMonitoring(call, room, "the call ended");
      List<Party> parties = room.parties();
      for (Party p : parties) {
        for (Party other : parties) {
          if (!other.id().equals(p.id()) && CallRoom.meet(p, other)) {
            events.fire(new CallEvent.PeerLeft(call, p.id(), other.id()));
          }
        }
      }
      backend.close(call);
    }
  }

  @Override
  public boolean recordsOnServer() {
    return backend.recordsOnServer();
  }

  @Override
  public void record(ContactId call, String agent) {
    if (serverRecordings == null) {
      throw new CallRefusedException(
          "NOT_ALLOWED", "peer to peer, the agent's browser records the call");
    }
    CallRoom room = rooms.get(call);
    if (room == null) {
      throw new CallRefusedException("NOT_IN_CALL", "the call has no media now");
    }
    boolean video =
        routing.contact(call).map(d -> d.contact().channel() == Channel.VIDEO).orElse(false);
    synchronized (room) {
      serverRecordings.start(call, agent, video);
    }
  }

  @Override
  public void pauseRecording(ContactId call, boolean paused) {
    CallRoom room = rooms.get(call);
    if (room == null || serverRecordings == null) {
      return;
    }
    synchronized (room) {
      serverRecordings.pause(call, paused);
    }
  }

  @Override
  public boolean active(ContactId call) {
    CallRoom room = rooms.get(call);
    if (room == null) {
      return false;
    }
    synchronized (room) {
      return !room.isEmpty();
    }
  }

  /** The parties of a call now (empty when it has no media). */
  public List<Party> parties(ContactId call) {
    CallRoom room = rooms.get(call);
    if (room == null) {
      return List.of();
    }
    synchronized (room) {
      return room.parties();
    }
  }

  @Override
  public MediaStatus status() {
    return new MediaStatus(
        backend.mode(), backend.available(), backend.detail(), rooms.size(), backend.pipelines());
  }

  @Override
  public List<IceServer> iceServers(String user) {
    return ice.forUser(user);
  }

  /**
   * After any change: the customer hears music when held or alone ({@link
   * CallRoom#customerHearsMusic()}); everyone is told when the hold (the agent's, or a private
   * consult's) starts or stops, so browsers stop sending to the customer meanwhile.
   */
  private void musicFollows(ContactId call, CallRoom room) {
    boolean music = room.contains(Party.CUSTOMER_ID) && room.customerHearsMusic();
    if (music != room.music) {
      room.music = music;
      backend.music(call, music);
    }
    boolean onHold = room.onHold();
    if (onHold != room.toldHold) {
      room.toldHold = onHold;
      for (Party p : room.parties()) {
        events.fire(new CallEvent.Hold(call, p.id(), onHold, backend.musicFromServer()));
      }
    }
  }

  private void endMonitoring(ContactId call, CallRoom room, String why) {
    for (String supervisor : List.copyOf(room.monitors.keySet())) {
      Party party = room.find(supervisor);
      room.monitors.remove(supervisor);
      if (party != null) {
        monitorEnded(call, room, party, why);
      }
    }
  }

  private static void cancel(CallRoom room) {
    if (room.ringTimer != null) {
      room.ringTimer.cancel(false);
      room.ringTimer = null;
    }
  }

  /** The backend's way back: signals to browsers, failures to everyone in the call. */
  private final class Listener implements MediaListener {

    @Override
    public void signal(ContactId call, String to, String from, CallSignal signal) {
      events.fire(new CallEvent.Signal(call, to, from, signal));
    }

    @Override
    public void failed(ContactId call, String reason) {
      CallRoom room = rooms.remove(call);
      if (room == null) {
        return;
      }
      LOG.warning(() -> "event=calls.media.failed call=%s reason=%s".formatted(call, reason));
      synchronized (room) {
        cancel(room);
        endMonitoring(call, room, "the call's media failed");
        for (Party p : room.parties()) {
          events.fire(
              new CallEvent.Failed(
                  call, p.id(), "MEDIA_FAILED", "The call's media failed: " + reason));
        }
      }
      failures.fire(new MediaFailure(call, reason));
    }

    @Override
    public void recorded(ContactId call, List<RecordedFile> files) {
      if (serverRecordings != null) {
        serverRecordings.recorded(call, files);
      }
    }
  }

  @Inject Event<MediaFailure> failures;

  /** Told to {@link CallRoutingEvents}, which marks the contact. */
  record MediaFailure(ContactId call, String reason) {}
}
