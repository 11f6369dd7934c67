package dev.parley.media.call;

import dev.parley.call.CallEvent;
import dev.parley.call.CallRefusedException;
import dev.parley.call.CallSetup;
import dev.parley.call.CallSignal;
import dev.parley.call.Calls;
import dev.parley.call.IceServer;
import dev.parley.call.MediaStatus;
import dev.parley.call.Party;
import dev.parley.call.PartyRole;
import dev.parley.call.Peer;
import dev.parley.media.spi.MediaBackend;
import dev.parley.media.spi.MediaListener;
import dev.parley.media.spi.MediaUnavailableException;
import dev.parley.media.spi.RecordedFile;
import dev.parley.media.spi.RecordingPlan;
import dev.parley.recording.RecordingPolicy;
import dev.parley.recording.Recordings;
import dev.parley.recording.ServerFile;
import dev.parley.recording.ServerRecording;
import dev.parley.routing.api.ContactDetail;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.admin.ReferenceKind;
import dev.parley.routing.api.admin.RoutingAdmin;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.RecordingId;
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

  /** The media server's recording of each call, until its files are reported complete. */
  private final Map<ContactId, RecordingId> serverRecordings = new ConcurrentHashMap<>();

  private MediaBackend backend;

  @PostConstruct
  void start() {
    if (lostGraceSeconds < 1 || lostGraceSeconds > 600) {
      throw new IllegalStateException(
          "parley.calls.lost-grace-seconds must be 1..600, was " + lostGraceSeconds);
    }
    backend = backends.create(new Listener());
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
        leaveLocked(call, room, party.id()); // a reconnect: the old connections are gone
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
      musicFollows(call, room);
      if (party.role() == PartyRole.AGENT && backend.recordsOnServer()) {
        recordAlways(call, detail, party.username());
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
      if (!room.contains(from.id())) {
        throw new CallRefusedException("NOT_IN_CALL", "join the call first");
      }
      boolean server = Party.MEDIA_SERVER_ID.equals(peer);
      if (!server) {
        Party to =
            room.parties().stream().filter(p -> p.id().equals(peer)).findFirst().orElse(null);
        if (to == null || !CallRoom.meet(from, to)) {
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
    if (!room.remove(party)) {
      return;
    }
    List<Party> others = room.parties();
    backend.leave(call, party, others);
    for (Party other : others) {
      events.fire(new CallEvent.PeerLeft(call, other.id(), party));
    }
    musicFollows(call, room);
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
    if (!backend.recordsOnServer()) {
      throw new CallRefusedException(
          "NOT_ALLOWED", "peer to peer, the agent's browser records the call");
    }
    CallRoom room = rooms.get(call);
    if (room == null) {
      throw new CallRefusedException("NOT_IN_CALL", "the call has no media now");
    }
    synchronized (room) {
      startOnServer(call, agent);
    }
  }

  @Override
  public void pauseRecording(ContactId call, boolean paused) {
    CallRoom room = rooms.get(call);
    if (room == null || !serverRecordings.containsKey(call)) {
      return;
    }
    synchronized (room) {
      backend.pauseRecording(call, paused);
    }
  }

  /** The agent joined a call of a queue that records ALWAYS: the media server records it. */
  private void recordAlways(ContactId call, ContactDetail detail, String agent) {
    boolean always =
        admin
            .find(ReferenceKind.QUEUE, detail.contact().queue())
            .map(QueueDefinition::recording)
            .map(p -> p.equals(RecordingPolicy.ALWAYS.name()))
            .orElse(true);
    if (always) {
      try {
        startOnServer(call, agent);
      } catch (RuntimeException e) {
        // The call goes on unrecorded rather than not at all; the log says why.
        LOG.log(Level.WARNING, "event=calls.recording.start.failed call=" + call, e);
      }
    }
  }

  private void startOnServer(ContactId call, String agent) {
    if (serverRecordings.containsKey(call)) {
      return;
    }
    boolean video =
        routing
            .contact(call)
            .map(d -> d.contact().channel() == dev.parley.routing.api.Channel.VIDEO)
            .orElse(false);
    ServerRecording recording = recordings.beginOnServer(call, agent, video);
    serverRecordings.put(call, recording.id());
    backend.startRecording(
        call, new RecordingPlan(recording.directory(), recording.baseName(), video));
    LOG.info(
        () -> "event=calls.recording.started call=%s recording=%s".formatted(call, recording.id()));
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
      RecordingId id = serverRecordings.remove(call);
      LOG.info(
          () -> "event=calls.recorded call=%s recording=%s files=%s".formatted(call, id, files));
      if (id != null) {
        recordings.finishedOnServer(
            id, files.stream().map(f -> new ServerFile(f.party(), f.name())).toList());
      }
    }
  }

  @Inject Event<MediaFailure> failures;

  /** Told to {@link CallRoutingEvents}, which marks the contact. */
  record MediaFailure(ContactId call, String reason) {}
}
