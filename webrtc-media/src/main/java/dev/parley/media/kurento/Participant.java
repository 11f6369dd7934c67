package dev.parley.media.kurento;

import dev.parley.call.CallSignal.Candidate;
import dev.parley.call.CallSignal.Description;
import dev.parley.call.MonitorMode;
import dev.parley.call.Party;
import dev.parley.call.PartyRole;
import dev.parley.media.kurento.Topology.Part;
import dev.parley.media.spi.MediaListener;
import dev.parley.routing.api.id.ContactId;
import java.util.Map;
import org.kurento.client.Composite;
import org.kurento.client.HubPort;
import org.kurento.client.IceCandidate;
import org.kurento.client.MediaElement;
import org.kurento.client.MediaPipeline;
import org.kurento.client.WebRtcEndpoint;

/**
 * One party in a call's pipeline: the {@link WebRtcEndpoint} its browser talks to and, once the
 * call has them, its {@link HubPort}s on the hub and on the whisper hub. It releases exactly what
 * it made. A monitoring supervisor has a {@link MonitorMode}, everyone else none.
 *
 * <p>Invariant: the endpoint is negotiated at most once (KMS refuses a second offer with {@code
 * SDP_END_POINT_ALREADY_NEGOTIATED}); the call replaces the participant for a new offer. ICE
 * candidates found by KMS go straight from the Kurento client's thread to the listener; everything
 * else is called under the call's lock.
 */
final class Participant implements AutoCloseable {

  private final ContactId call;
  private final Party party;
  private final MediaListener listener;
  private final WebRtcEndpoint endpoint;
  private MonitorMode mode;
  private HubPort hubPort;
  private HubPort whisperPort;
  private boolean negotiated;

  /** {@code mode}: how a supervisor monitors; null for everyone else. */
  Participant(
      MediaPipeline pipeline,
      ContactId call,
      Party party,
      MonitorMode mode,
      MediaListener listener) {
    this.call = call;
    this.party = party;
    this.mode = mode;
    this.listener = listener;
    this.endpoint = new WebRtcEndpoint.Builder(pipeline).build();
    endpoint.addIceCandidateFoundListener(
        event -> {
          IceCandidate found = event.getCandidate();
          listener.signal(
              call,
              party.id(),
              Party.MEDIA_SERVER_ID,
              new Candidate(found.getCandidate(), found.getSdpMid(), found.getSdpMLineIndex()));
        });
  }

  Party party() {
    return party;
  }

  MonitorMode mode() {
    return mode;
  }

  void mode(MonitorMode mode) {
    this.mode = mode;
  }

  /** What this party does in the conversation now. */
  Part part() {
    if (party.role() == PartyRole.SUPERVISOR) {
      return switch (mode == null ? MonitorMode.LISTEN : mode) {
        case LISTEN -> Part.LISTENER;
        case WHISPER -> Part.WHISPERER;
        case BARGE -> Part.BARGER;
      };
    }
    return party.id().equals(Party.CUSTOMER_ID) ? Part.CUSTOMER : Part.AGENT;
  }

  boolean negotiated() {
    return negotiated;
  }

  /** Answers the browser's offer, then lets KMS gather (and trickle) its candidates. */
  void answer(String offer) {
    String answer = endpoint.processOffer(offer);
    negotiated = true;
    listener.signal(call, party.id(), Party.MEDIA_SERVER_ID, new Description("answer", answer));
    endpoint.gatherCandidates();
  }

  /** A candidate of the browser; an empty one (end of candidates) needs nothing from KMS. */
  void addCandidate(Candidate candidate) {
    if (candidate.candidate() == null || candidate.candidate().isBlank()) {
      return;
    }
    int index = candidate.sdpMLineIndex() == null ? 0 : candidate.sdpMLineIndex();
    endpoint.addIceCandidate(new IceCandidate(candidate.candidate(), candidate.sdpMid(), index));
  }

  void joinHub(Composite hub) {
    if (hubPort == null) {
      hubPort = new HubPort.Builder(hub).build();
    }
  }

  void joinWhisperHub(Composite hub) {
    if (whisperPort == null) {
      whisperPort = new HubPort.Builder(hub).build();
    }
  }

  /** This party for {@link Topology}; {@code recorder} is the id of its own recorder or null. */
  Topology.Member member(String recorder) {
    return new Topology.Member(endpoint.getId(), id(hubPort), id(whisperPort), recorder, part());
  }

  /** Adds this party's elements, by id, to {@code elements}. */
  void elements(Map<String, MediaElement> elements) {
    elements.put(endpoint.getId(), endpoint);
    if (hubPort != null) {
      elements.put(hubPort.getId(), hubPort);
    }
    if (whisperPort != null) {
      elements.put(whisperPort.getId(), whisperPort);
    }
  }

  @Override
  public void close() {
    if (hubPort != null) {
      hubPort.release();
    }
    if (whisperPort != null) {
      whisperPort.release();
    }
    endpoint.release();
  }

  private static String id(HubPort port) {
    return port == null ? null : port.getId();
  }
}
