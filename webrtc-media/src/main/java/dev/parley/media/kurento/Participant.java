package dev.parley.media.kurento;

import dev.parley.call.CallSignal.Candidate;
import dev.parley.call.CallSignal.Description;
import dev.parley.call.Party;
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
 * call has a hub, its {@link HubPort}. It releases exactly what it made.
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
  private HubPort hubPort;
  private boolean negotiated;

  Participant(MediaPipeline pipeline, ContactId call, Party party, MediaListener listener) {
    this.call = call;
    this.party = party;
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

  Topology.Member member() {
    return new Topology.Member(
        endpoint.getId(),
        hubPort == null ? null : hubPort.getId(),
        party.id().equals(Party.CUSTOMER_ID));
  }

  /** Adds this party's elements, by id, to {@code elements}. */
  void elements(Map<String, MediaElement> elements) {
    elements.put(endpoint.getId(), endpoint);
    if (hubPort != null) {
      elements.put(hubPort.getId(), hubPort);
    }
  }

  @Override
  public void close() {
    if (hubPort != null) {
      hubPort.release();
    }
    endpoint.release();
  }
}
