package dev.parley.media.kurento;

import dev.parley.call.Party;
import dev.parley.media.spi.RecordedFile;
import dev.parley.media.spi.RecordingPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.kurento.client.Composite;
import org.kurento.client.HubPort;
import org.kurento.client.MediaElement;
import org.kurento.client.MediaPipeline;
import org.kurento.client.MediaProfileSpecType;
import org.kurento.client.RecorderEndpoint;

/**
 * A call's server-side recording: one {@link RecorderEndpoint} for the whole call, fed by a port of
 * its own on the hub (the mix of every talking party, see {@link Topology}), and one per recorded
 * party, fed by that party's endpoint, all writing at the same time into the files of the {@link
 * RecordingPlan}, WEBM, audio only for a voice call.
 *
 * <p>Invariants: a party has at most one recorder at a time; a party recorded again after its
 * recorder stopped (it left and came back, a supervisor barges again) writes a new file, never over
 * an earlier one. A recorder is started only once it is wired ({@link #run()}) and not while the
 * recording is paused, so a paused stretch is never stored. Stopping waits for each recorder to
 * finish its file ({@code stopAndWait}, bounded by the client's request timeout) before releasing
 * it; the files reported are those of every recorder that was started, the whole call first, and a
 * failure to stop one is logged and does not lose the others. Not thread-safe: used under the
 * call's lock.
 */
final class CallRecorders {

  private static final Logger LOG = Logger.getLogger(CallRecorders.class.getName());

  /** One recorder and the file it writes. */
  private static final class Recorder {
    final RecorderEndpoint endpoint;
    final RecordedFile file;
    boolean started;
    boolean running;

    Recorder(RecorderEndpoint endpoint, RecordedFile file) {
      this.endpoint = endpoint;
      this.file = file;
    }
  }

  private final MediaPipeline pipeline;
  private final KurentoSettings settings;
  private final Consumer<Set<String>> released;
  private final List<Recorder> made = new ArrayList<>();
  private final Map<String, Recorder> parties = new LinkedHashMap<>();
  private final Map<String, Integer> parts = new HashMap<>();
  private RecordingPlan plan;
  private boolean paused;
  private HubPort tap;
  private Recorder composite;

  /** {@code released} hears the ids of elements released here (their links went with them). */
  CallRecorders(MediaPipeline pipeline, KurentoSettings settings, Consumer<Set<String>> released) {
    this.pipeline = pipeline;
    this.settings = settings;
    this.released = released;
  }

  boolean recording() {
    return plan != null;
  }

  /**
   * Makes the recorders of the whole call (on {@code hub}) and of the {@code recorded} parties;
   * when KMS refuses one, releases those made and throws.
   */
  void start(RecordingPlan plan, Composite hub, List<Party> recorded) {
    this.plan = plan;
    this.paused = false;
    try {
      tap = new HubPort.Builder(hub).build();
      composite = recorder(new RecordedFile(null, plan.compositeFile()));
      recorded.forEach(this::make);
    } catch (RuntimeException e) {
      List<MediaElement> all = new ArrayList<>(made.stream().map(r -> r.endpoint).toList());
      if (tap != null) {
        all.add(tap);
      }
      release(all);
      reset();
      throw e;
    }
  }

  /** {@code party} is in the call and recorded: gives it a recorder unless it has one. */
  void add(Party party) {
    if (plan != null && !parties.containsKey(party.id())) {
      Requests.bestEffort("record " + party.id(), () -> make(party));
    }
  }

  /** {@code partyId} left, or is no longer recorded: stops and releases its recorder. */
  void remove(String partyId) {
    Recorder gone = parties.remove(partyId);
    if (gone != null) {
      stop(gone);
      release(List.of(gone.endpoint));
    }
  }

  /** Pauses or resumes every recorder; one made while paused starts when resumed. */
  void pause(boolean paused) {
    if (plan == null || this.paused == paused) {
      return;
    }
    this.paused = paused;
    for (Recorder r : active()) {
      if (paused && r.running) {
        Requests.bestEffort("pause " + r.file.name(), r.endpoint::pause);
        r.running = false;
      }
    }
    run();
  }

  /** Starts (or resumes) every wired recorder that is not running, unless paused. */
  void run() {
    if (plan == null || paused) {
      return;
    }
    for (Recorder r : active()) {
      if (!r.running) {
        Requests.bestEffort(
            "record " + r.file.name(),
            () -> {
              r.endpoint.record();
              r.started = true;
              r.running = true;
            });
      }
    }
  }

  /** The id of {@code partyId}'s recorder, or null. */
  String recorderOf(String partyId) {
    Recorder r = parties.get(partyId);
    return r == null ? null : r.endpoint.getId();
  }

  /** The recording of the whole call for {@link Topology}, or null. */
  Topology.Tap tap() {
    return plan == null ? null : new Topology.Tap(tap.getId(), composite.endpoint.getId());
  }

  void elements(Map<String, MediaElement> elements) {
    if (plan != null) {
      elements.put(tap.getId(), tap);
      active().forEach(r -> elements.put(r.endpoint.getId(), r.endpoint));
    }
  }

  /** Whether an element of the call is one of the recorders (or the recording's hub port). */
  boolean owns(String elementId) {
    return (tap != null && tap.getId().equals(elementId))
        || made.stream().anyMatch(r -> r.endpoint.getId().equals(elementId));
  }

  /** Stops and releases every recorder; answers the files written (none when not recording). */
  List<RecordedFile> stop() {
    if (plan == null) {
      return List.of();
    }
    List<MediaElement> all = new ArrayList<>();
    for (Recorder r : active()) {
      stop(r);
      all.add(r.endpoint);
    }
    all.add(tap);
    release(all);
    return reset();
  }

  /** KMS is gone with the recorders: answers the files written so far, asking KMS nothing. */
  List<RecordedFile> abandon() {
    return plan == null ? List.of() : reset();
  }

  private void make(Party party) {
    int part = parts.merge(party.id(), 1, Integer::sum);
    Recorder r = recorder(new RecordedFile(party.id(), plan.partyFile(party.id(), part)));
    parties.put(party.id(), r);
  }

  private Recorder recorder(RecordedFile file) {
    String uri = settings.recordingUri(plan, file.name()).toString();
    RecorderEndpoint endpoint =
        new RecorderEndpoint.Builder(pipeline, uri)
            .withMediaProfile(
                plan.video() ? MediaProfileSpecType.WEBM : MediaProfileSpecType.WEBM_AUDIO_ONLY)
            .build();
    Recorder r = new Recorder(endpoint, file);
    made.add(r);
    endpoint.addErrorListener(
        e -> LOG.warning(() -> "Kurento cannot record " + uri + ": " + e.getDescription()));
    return r;
  }

  private List<Recorder> active() {
    List<Recorder> active = new ArrayList<>();
    if (composite != null) {
      active.add(composite);
    }
    active.addAll(parties.values());
    return active;
  }

  private static void stop(Recorder r) {
    if (r.started) {
      Requests.bestEffort("finish " + r.file.name(), r.endpoint::stopAndWait);
    }
  }

  private void release(List<MediaElement> elements) {
    Set<String> ids = new HashSet<>();
    for (MediaElement element : elements) {
      ids.add(element.getId());
      Requests.bestEffort("release the recorder " + element.getId(), element::release);
    }
    released.accept(ids);
  }

  private List<RecordedFile> reset() {
    List<RecordedFile> files = made.stream().filter(r -> r.started).map(r -> r.file).toList();
    made.clear();
    parties.clear();
    parts.clear();
    plan = null;
    tap = null;
    composite = null;
    return files;
  }
}
