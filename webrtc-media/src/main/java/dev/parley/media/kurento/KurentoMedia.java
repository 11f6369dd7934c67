package dev.parley.media.kurento;

import dev.parley.call.CallSignal;
import dev.parley.call.CallSignal.Candidate;
import dev.parley.call.CallSignal.Description;
import dev.parley.call.MediaMode;
import dev.parley.call.MonitorMode;
import dev.parley.call.Party;
import dev.parley.call.Peer;
import dev.parley.media.spi.MediaBackend;
import dev.parley.media.spi.MediaListener;
import dev.parley.media.spi.MediaUnavailableException;
import dev.parley.media.spi.RecordingPlan;
import dev.parley.routing.api.id.ContactId;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.kurento.client.KurentoClient;

/**
 * Calls' media on Kurento Media Server: one pipeline per call, made at the call's first join and
 * released when it closes. Every browser has one peer, {@value Party#MEDIA_SERVER_ID}, and offers
 * to it; music for waiting and held customers comes from the server, and so do recordings (the
 * whole call and each party, see {@link CallRecorders}). A monitoring supervisor is one more party
 * with an endpoint of their own, wired by mode (see {@link Topology}).
 *
 * <p>Invariants: a call holds media only while the connection that made it lasts: when the
 * connection to KMS is lost every such call is reported through {@link MediaListener#failed} and
 * forgotten, and a new connection is made in the background. While there is no connection {@link
 * #available()} is false, {@link #detail()} says why, and {@link #join} throws {@link
 * MediaUnavailableException}. Construction never waits for Kurento. A recording's files are
 * reported through {@link MediaListener#recorded} once, whichever way it ends: stopped, the call
 * closed, failed or lost with KMS, or shut down.
 *
 * <p>Thread-safe: calls are kept in a concurrent map; each call serializes its own changes (see
 * {@link CallMedia}), so different calls proceed in parallel.
 */
public final class KurentoMedia implements MediaBackend {

  private final KurentoSettings settings;
  private final MediaListener listener;
  private final KurentoConnection connection;
  private final ConcurrentMap<ContactId, CallMedia> calls = new ConcurrentHashMap<>();
  private final Set<ContactId> musicBeforeJoin = ConcurrentHashMap.newKeySet();
  private final ConcurrentMap<ContactId, Pending> recordBeforeJoin = new ConcurrentHashMap<>();

  /** A recording asked for before the call had media. */
  private record Pending(RecordingPlan plan, boolean paused) {}

  /**
   * Starts connecting to Kurento in the background on {@code executor} (the container's managed
   * scheduled executor), retrying every {@link KurentoSettings#retryInterval()}.
   */
  public KurentoMedia(
      KurentoSettings settings, MediaListener listener, ScheduledExecutorService executor) {
    this.settings = settings;
    this.listener = listener;
    this.connection = new KurentoConnection(settings, executor, this::lost);
    connection.start();
  }

  /** The default timings: see {@link KurentoSettings#of}. */
  public KurentoMedia(
      String url,
      MediaListener listener,
      URI greeting,
      URI holdMusic,
      ScheduledExecutorService executor) {
    this(KurentoSettings.of(url, greeting, holdMusic), listener, executor);
  }

  @Override
  public MediaMode mode() {
    return MediaMode.KURENTO;
  }

  @Override
  public boolean available() {
    return connection.available();
  }

  @Override
  public String detail() {
    return connection.detail();
  }

  @Override
  public int pipelines() {
    return calls.size();
  }

  /**
   * {@inheritDoc} Its browser offers to the one peer {@value Party#MEDIA_SERVER_ID}. {@code video}
   * needs nothing here (a WebRtcEndpoint takes what the offer has); {@code others} neither (the
   * call keeps its own parties).
   */
  @Override
  public List<Peer> join(ContactId call, Party party, boolean video, List<Party> others) {
    return enter(call, party, media -> media.join(party));
  }

  @Override
  public void signal(ContactId call, Party from, String peer, CallSignal signal) {
    CallMedia media = calls.get(call);
    if (media == null || !Party.MEDIA_SERVER_ID.equals(peer)) {
      return;
    }
    if (signal instanceof Description d && "offer".equals(d.type())) {
      Requests.run("answer the offer of " + from.id(), () -> media.offer(from.id(), d.sdp()));
    } else if (signal instanceof Candidate c) {
      Requests.run("add a candidate of " + from.id(), () -> media.candidate(from.id(), c));
    }
    // an answer (KMS never offers) or RestartIce need nothing: the browser offers again
  }

  @Override
  public void leave(ContactId call, String party, List<Party> others) {
    CallMedia media = calls.get(call);
    if (media != null) {
      Requests.bestEffort("release the media of " + party, () -> media.leave(party));
    }
  }

  @Override
  public void music(ContactId call, boolean on) {
    CallMedia media = calls.get(call);
    if (media == null) {
      if (on) {
        musicBeforeJoin.add(call);
      } else {
        musicBeforeJoin.remove(call);
      }
      return;
    }
    Requests.run(on ? "play music" : "stop music", () -> media.music(on));
  }

  @Override
  public boolean musicFromServer() {
    return true;
  }

  @Override
  public boolean recordsOnServer() {
    return true;
  }

  /**
   * {@inheritDoc} A call without media yet (nobody joined) starts recording at its first join.
   *
   * @throws MediaUnavailableException when KMS refuses a recorder (the call goes on unrecorded)
   */
  @Override
  public void startRecording(ContactId call, RecordingPlan plan) {
    CallMedia media = calls.get(call);
    if (media == null) {
      recordBeforeJoin.putIfAbsent(call, new Pending(plan, false));
      return;
    }
    Requests.run("start recording", () -> media.startRecording(plan));
  }

  @Override
  public void pauseRecording(ContactId call, boolean paused) {
    CallMedia media = calls.get(call);
    if (media == null) {
      recordBeforeJoin.computeIfPresent(call, (c, p) -> new Pending(p.plan(), paused));
      return;
    }
    Requests.run(
        paused ? "pause recording" : "resume recording", () -> media.pauseRecording(paused));
  }

  @Override
  public void stopRecording(ContactId call) {
    recordBeforeJoin.remove(call);
    CallMedia media = calls.get(call);
    if (media != null) {
      media.stopRecording();
    }
  }

  /**
   * {@inheritDoc} The supervisor's browser offers to {@value Party#MEDIA_SERVER_ID}, as any party's
   * does.
   */
  @Override
  public List<Peer> monitor(
      ContactId call, Party supervisor, MonitorMode mode, List<Party> others) {
    if (!supervisor.isSupervisor()) {
      throw new IllegalArgumentException("only a supervisor monitors, not " + supervisor.id());
    }
    return enter(call, supervisor, media -> media.monitor(supervisor, mode));
  }

  @Override
  public void monitorMode(ContactId call, String supervisor, MonitorMode mode, List<Party> others) {
    CallMedia media = calls.get(call);
    if (media != null) {
      Requests.run(
          "switch " + supervisor + " to " + mode, () -> media.monitorMode(supervisor, mode));
    }
  }

  @Override
  public void close(ContactId call) {
    musicBeforeJoin.remove(call);
    recordBeforeJoin.remove(call);
    CallMedia media = calls.remove(call);
    if (media != null) {
      Requests.bestEffort("release the pipeline", media::close);
    }
  }

  @Override
  public void shutdown() {
    calls.keySet().forEach(this::close);
    connection.close();
  }

  /** {@code party} enters the call's media by {@code entering}; the pipeline is made if needed. */
  private List<Peer> enter(ContactId call, Party party, Consumer<CallMedia> entering) {
    CallMedia known = calls.get(call);
    CallMedia media = known == null ? open(call) : known;
    try {
      Requests.run("put " + party.id() + " into the call", () -> entering.accept(media));
    } catch (MediaUnavailableException e) {
      if (known == null) {
        close(call); // nobody is in it: a call's pipeline exists only with a party
      }
      throw e;
    }
    if (musicBeforeJoin.remove(call)) {
      Requests.run("play music", () -> media.music(true));
    }
    Pending recording = recordBeforeJoin.remove(call);
    if (recording != null) { // the party is in: a recorder KMS refuses must not undo that
      Requests.bestEffort(
          "start recording",
          () -> {
            media.startRecording(recording.plan());
            media.pauseRecording(recording.paused());
          });
    }
    return List.of(new Peer(Party.MEDIA_SERVER_ID, party.role(), "Media server", true));
  }

  private CallMedia open(ContactId call) {
    KurentoClient client = connection.client();
    CallMedia media =
        Requests.run(
            "make a pipeline",
            () -> new CallMedia(client, call, settings, listener, this::elementFailed));
    calls.put(call, media);
    if (!connection.isCurrent(client)) {
      // the connection broke while the pipeline was made; lost() may have missed this call
      calls.remove(call, media);
      media.forget();
      throw new MediaUnavailableException(connection.detail());
    }
    return media;
  }

  private void lost(String reason) {
    for (CallMedia media : calls.values()) {
      if (!connection.isCurrent(media.client()) && calls.remove(media.call(), media)) {
        media.forget();
        listener.failed(media.call(), reason);
      }
    }
  }

  private void elementFailed(CallMedia media, String reason) {
    if (calls.remove(media.call(), media)) {
      listener.failed(media.call(), reason);
    }
  }
}
