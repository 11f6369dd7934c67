package dev.parley.media.kurento;

import dev.parley.call.CallSignal.Candidate;
import dev.parley.call.Party;
import dev.parley.media.spi.MediaListener;
import dev.parley.routing.api.id.ContactId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import org.kurento.client.Composite;
import org.kurento.client.ErrorEvent;
import org.kurento.client.KurentoClient;
import org.kurento.client.MediaElement;
import org.kurento.client.MediaPipeline;
import org.kurento.client.PlayerEndpoint;

/**
 * One call's media on KMS: its pipeline, a {@link Participant} per party, the hub once a third
 * party joined, and the {@link HoldMusic}. After every change the links are worked out anew by
 * {@link Topology} and put in place by {@link Wiring}.
 *
 * <p>Invariants: everything the call made lives in its one pipeline, so {@link #close()} (releasing
 * the pipeline) releases it all; a party that leaves releases its own elements and the call goes
 * on. Thread-safe: every method holds the call's lock, also for Kurento events (end of stream,
 * errors), which arrive on the Kurento client's threads.
 */
final class CallMedia implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(CallMedia.class.getName());

  private final ContactId call;
  private final KurentoClient client;
  private final MediaListener listener;
  private final MediaPipeline pipeline;
  private final HoldMusic music;
  private final Map<String, Participant> parties = new LinkedHashMap<>();
  private final Wiring wiring = new Wiring();
  private Composite hub;
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
    pipeline.addErrorListener(event -> error(event, failed));
  }

  ContactId call() {
    return call;
  }

  KurentoClient client() {
    return client;
  }

  /** {@code party} joins (again, after a reconnect of its browser: with a fresh endpoint). */
  synchronized void join(Party party) {
    Participant joined = new Participant(pipeline, call, party, listener);
    Participant before = parties.put(party.id(), joined);
    if (hub == null && parties.size() >= 3) {
      hub = new Composite.Builder(pipeline).build();
    }
    if (hub != null) {
      parties.values().forEach(p -> p.joinHub(hub));
    }
    rewire();
    if (before != null) {
      before.close();
    }
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
      join(party.party());
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

  /** {@code partyId} leaves: its links go, then its elements. */
  synchronized void leave(String partyId) {
    Participant gone = parties.remove(partyId);
    if (gone != null) {
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

  synchronized int parties() {
    return parties.size();
  }

  /** Releases the pipeline and with it every element of the call. */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      pipeline.release();
    }
  }

  /** The connection to KMS is gone and the pipeline with it: nothing is left to release. */
  synchronized void forget() {
    closed = true;
  }

  private void rewire() {
    List<Topology.Member> members = new ArrayList<>();
    Map<String, MediaElement> elements = new HashMap<>();
    for (Participant party : parties.values()) {
      members.add(party.member());
      party.elements(elements);
    }
    PlayerEndpoint player = musicOn ? music.current() : null;
    if (player != null) {
      elements.put(player.getId(), player);
    }
    wiring.apply(
        Topology.links(members, hub != null, player == null ? null : player.getId()), elements);
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
      close();
    }
    failed.accept(this, reason);
  }
}
