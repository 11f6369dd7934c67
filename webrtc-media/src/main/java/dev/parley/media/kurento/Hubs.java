package dev.parley.media.kurento;

import dev.parley.media.kurento.Topology.Part;
import java.util.Collection;
import org.kurento.client.Composite;
import org.kurento.client.MediaPipeline;

/**
 * A call's mixing hubs, made when first needed and released with the pipeline: the hub (a {@link
 * Composite}) once three parties talk, the call records, or a supervisor monitors; the whisper hub
 * once a supervisor whispers. Every participant gets a port on each hub there is, so a party can be
 * rewired between direct, mixed and coached without making elements while media flows.
 *
 * <p>Invariant: {@link #mixed()} never goes back to false (see {@link Topology}); a hub nobody
 * takes a mix from is fed by nobody and idles. Not thread-safe: used under the call's lock.
 */
final class Hubs {

  private final MediaPipeline pipeline;
  private Composite hub;
  private Composite whisperHub;
  private boolean mixed;

  Hubs(MediaPipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Makes the hubs {@code parties} need, and their ports; {@code recording}: the call records. */
  void update(Collection<Participant> parties, boolean recording) {
    mixed = mixed || Topology.needsMixing(parties.stream().map(Participant::part).toList());
    boolean monitored = parties.stream().anyMatch(p -> p.mode() != null);
    if (hub == null && (mixed || recording || monitored)) {
      hub = new Composite.Builder(pipeline).build();
    }
    if (hub != null) {
      parties.forEach(p -> p.joinHub(hub));
    }
    if (whisperHub == null && parties.stream().anyMatch(p -> p.part() == Part.WHISPERER)) {
      whisperHub = new Composite.Builder(pipeline).build();
    }
    if (whisperHub != null) {
      parties.forEach(p -> p.joinWhisperHub(whisperHub));
    }
  }

  /** The hub, or null while the call has none. */
  Composite hub() {
    return hub;
  }

  /** Whether the conversation goes through the hub. */
  boolean mixed() {
    return mixed;
  }
}
