package dev.parley.media.kurento;

import dev.parley.call.CallSignal.Candidate;
import dev.parley.call.MonitorMode;
import dev.parley.call.Party;
import dev.parley.media.spi.MediaListener;
import dev.parley.media.spi.RecordedFile;
import dev.parley.media.spi.RecordingPlan;
import dev.parley.routing.api.id.ContactId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import org.kurento.client.ErrorEvent;
import org.kurento.client.KurentoClient;
import org.kurento.client.MediaElement;
import org.kurento.client.MediaPipeline;
import org.kurento.client.PlayerEndpoint;

/**
 * One call's media on KMS: its pipeline, a {@link Participant} per party (monitoring supervisors
 * included), the {@link Hubs}, the {@link HoldMusic} and the {@link CallRecorders}. After every
 * change the links are worked out anew by {@link Topology} and put in place by {@link Wiring}.
 *
 * <p>Invariants: everything the call made lives in its one pipeline, so {@link #close()} (releasing
 * the pipeline) releases it all, after stopping the recorders so that their files are complete; a
 * party that leaves releases its own elements (and stops its own recorder) and the call goes on.
 * The files of a recording are reported to the listener exactly once, outside the call's lock: when
 * it stops, or when the call closes, fails or loses KMS. Errors of the music or of a recorder are
 * logged and do not fail the call. Thread-safe: every change holds the call's lock, also for
 * Kurento events (end of stream, errors), which arrive on the Kurento client's threads.
 */
final class CallMedia implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(CallMedia.class.getName());

  private final ContactId call;
  private final KurentoClient client;
  private final MediaListener listener;
  private final MediaPipeline pipeline;
  private final HoldMusic music;
  private final Hubs hubs;
  private final Wiring wiring = new Wiring();
  private final CallRecorders recorders;
  private final Map<String, Participant> parties = new LinkedHashMap<>();
  private boolean musicOn;
  private boolean closed;

  /**
   * Makes the call's pipeline. {@code failed} hears of errors KMS reports in it (the reason), once;
   * the call is closed by then.
   */
  CallMedia(
      KurentoClient client,
      ContactId call,
      KurentoSettings settings,
      MediaListener listener,
      BiConsumer<CallMedia, String> failed) {
    this.call = call;
    this.client = client;
    this.listener = listener;
    this.pipeline = client.createMediaPipeline();
    this.music = new HoldMusic(pipeline, settings, this::endOfStream);
    this.hubs = new Hubs(pipeline);
    this.recorders = new CallRecorders(pipeline, settings, wiring::forget);
    pipeline.addErrorListener(event -> error(event, failed));
  }

  ContactId call() {
    return call;
  }

  KurentoClient client() {
    return client;
  }

  /**
   * {@code party} joins (again, after a reconnect of its browser: with a fresh endpoint, and a
   * supervisor in the mode they had); a supervisor who had none listens.
   */
  synchronized void join(Party party) {
    Participant before = parties.get(party.id());
    MonitorMode mode = before != null ? before.mode() : null;
    join(party, mode == null && party.isSupervisor() ? MonitorMode.LISTEN : mode);
  }

  /** A supervisor starts monitoring in {@code mode}, with an endpoint of their own. */
  synchronized void monitor(Party supervisor, MonitorMode mode) {
    join(supervisor, mode);
  }

  /** A monitoring supervisor changes mode; their endpoint and its negotiation stay. */
  synchronized void monitorMode(String supervisorId, MonitorMode mode) {
    Participant supervisor = parties.get(supervisorId);
    if (supervisor == null || supervisor.mode() == null || supervisor.mode() == mode) {
      return;
    }
    supervisor.mode(mode);
    if (supervisor.part().converses()) {
      recorders.add(supervisor.party());
    } else {
      recorders.remove(supervisorId);
    }
    rewire();
  }

  /**
   * The browser's offer. A party whose endpoint was negotiated already (an ICE restart) gets a new
   * one: KMS negotiates an endpoint only once.
   */
  synchronized void offer(String partyId, String sdp) {
    Participant party = parties.get(partyId);
    if (party == null) {
      return;
    }
    if (party.negotiated()) {
      join(party.party(), party.mode());
      party = parties.get(partyId);
    }
    party.answer(sdp);
  }

  synchronized void candidate(String partyId, Candidate candidate) {
    Participant party = parties.get(partyId);
    if (party != null && party.negotiated()) {
      party.addCandidate(candidate);
    }
  }

  /** {@code partyId} leaves: its recorder stops, its links go, then its elements. */
  synchronized void leave(String partyId) {
    Participant gone = parties.remove(partyId);
    if (gone != null) {
      recorders.remove(partyId);
      rewire();
      gone.close();
    }
  }

  synchronized void music(boolean on) {
    if (closed || on == musicOn) {
      return;
    }
    musicOn = on;
    if (on) {
      music.play();
      rewire();
    } else {
      rewire();
      music.pause();
    }
  }

  /** Starts recording (the whole call and every party that converses); recording already: no-op. */
  synchronized void startRecording(RecordingPlan plan) {
    if (closed || recorders.recording()) {
      return;
    }
    hubs.update(parties.values(), true);
    List<Party> recorded =
        parties.values().stream()
            .filter(p -> p.part().converses())
            .map(Participant::party)
            .toList();
    recorders.start(plan, hubs.hub(), recorded);
    rewire();
  }

  synchronized void pauseRecording(boolean paused) {
    recorders.pause(paused);
  }

  /** Stops the recording and reports its files. */
  void stopRecording() {
    List<RecordedFile> files;
    synchronized (this) {
      files = recorders.stop();
    }
    report(files);
  }

  synchronized int parties() {
    return parties.size();
  }

  /**
   * Stops the recording, releases the pipeline and with it every element of the call, and reports
   * the recording's files.
   */
  @Override
  public void close() {
    end();
  }

  /**
   * The connection to KMS is gone and the pipeline with it: nothing is left to release; the files
   * written so far are reported.
   */
  void forget() {
    List<RecordedFile> files;
    synchronized (this) {
      closed = true;
      files = recorders.abandon();
    }
    report(files);
  }

  private void join(Party party, MonitorMode mode) {
    Participant joined = new Participant(pipeline, call, party, mode, listener);
    Participant before = parties.put(party.id(), joined);
    if (joined.part().converses()) {
      recorders.add(party);
    }
    rewire();
    if (before != null) {
      before.close();
    }
  }

  private void rewire() {
    hubs.update(parties.values(), recorders.recording());
    List<Topology.Member> members = new ArrayList<>();
    Map<String, MediaElement> elements = new HashMap<>();
    for (Participant party : parties.values()) {
      members.add(party.member(recorders.recorderOf(party.party().id())));
      party.elements(elements);
    }
    recorders.elements(elements);
    PlayerEndpoint player = musicOn ? music.current() : null;
    if (player != null) {
      elements.put(player.getId(), player);
    }
    wiring.apply(
        Topology.links(
            members, hubs.mixed(), player == null ? null : player.getId(), recorders.tap()),
        elements);
    recorders.run();
  }

  /** Closes the call; answers whether it was open until now. */
  private boolean end() {
    List<RecordedFile> files = List.of();
    try {
      synchronized (this) {
        if (closed) {
          return false;
        }
        closed = true;
        files = recorders.stop();
        pipeline.release();
      }
    } finally {
      report(files);
    }
    return true;
  }

  private void report(List<RecordedFile> files) {
    if (!files.isEmpty()) {
      listener.recorded(call, files);
    }
  }

  private synchronized void endOfStream(PlayerEndpoint player) {
    if (!closed && music.endOfStream(player) && musicOn) {
      rewire();
    }
  }

  private void error(ErrorEvent event, BiConsumer<CallMedia, String> failed) {
    String source = event.getSource() == null ? "" : event.getSource().getId();
    String reason = "Kurento reported an error in the call's media: " + event.getDescription();
    synchronized (this) {
      if (closed) {
        return;
      }
      if (music.owns(source)) {
        LOG.warning(() -> "Music for a waiting customer failed: " + event.getDescription());
        return;
      }
      if (recorders.owns(source)) {
        LOG.warning(() -> "Recording the call " + call + " failed: " + event.getDescription());
        return;
      }
    }
    if (end()) {
      failed.accept(this, reason);
    }
  }
}
