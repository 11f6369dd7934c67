package dev.parley.media.kurento;

import dev.parley.call.CallSignal.Candidate;
import java.net.URI;
import java.util.function.Consumer;
import org.kurento.client.ConnectionState;
import org.kurento.client.IceCandidate;
import org.kurento.client.KurentoClient;
import org.kurento.client.MediaPipeline;
import org.kurento.client.MediaProfileSpecType;
import org.kurento.client.MediaType;
import org.kurento.client.PlayerEndpoint;
import org.kurento.client.RecorderEndpoint;
import org.kurento.client.WebRtcEndpoint;

/**
 * A party's browser played by the real KMS itself, for {@link RealKurentoIT}: in a pipeline of its
 * own, a {@link PlayerEndpoint} sends a file (a tone, a test picture) through a {@link
 * WebRtcEndpoint} that offers to Parley's endpoint of the party, so real media crosses real ICE,
 * DTLS and RTP into the call; what it receives from the call can be recorded ({@link #hear}): what
 * the party hears. Closing it releases its pipeline.
 */
final class LoopbackBrowser implements AutoCloseable {

  private final MediaPipeline pipeline;
  private final WebRtcEndpoint endpoint;
  private final PlayerEndpoint player;

  /** {@code candidates} hears the ICE candidates this browser finds, to be sent to Parley. */
  LoopbackBrowser(KurentoClient client, URI media, Consumer<Candidate> candidates) {
    this.pipeline = client.createMediaPipeline();
    this.endpoint = new WebRtcEndpoint.Builder(pipeline).build();
    this.player = new PlayerEndpoint.Builder(pipeline, media.toString()).build();
    endpoint.addIceCandidateFoundListener(
        event -> {
          IceCandidate found = event.getCandidate();
          candidates.accept(
              new Candidate(found.getCandidate(), found.getSdpMid(), found.getSdpMLineIndex()));
        });
    player.connect(endpoint);
  }

  String offer() {
    return endpoint.generateOffer();
  }

  /** Parley's answer: plays the file and starts gathering candidates. */
  void answer(String sdp) {
    endpoint.processAnswer(sdp);
    player.play();
    endpoint.gatherCandidates();
  }

  void addCandidate(Candidate candidate) {
    endpoint.addIceCandidate(
        new IceCandidate(candidate.candidate(), candidate.sdpMid(), candidate.sdpMLineIndex()));
  }

  /**
   * Whether this browser is connected to the call (ICE and DTLS up) and its tone goes out. (In KMS
   * terms media "flows in" to an endpoint from its own pipeline and is sent from there.)
   */
  boolean sending() {
    return endpoint.getConnectionState() == ConnectionState.CONNECTED
        && endpoint.isMediaFlowingIn(MediaType.AUDIO);
  }

  /** Starts recording what this browser receives from the call into {@code file} (audio only). */
  RecorderEndpoint hear(URI file) {
    RecorderEndpoint recorder =
        new RecorderEndpoint.Builder(pipeline, file.toString())
            .withMediaProfile(MediaProfileSpecType.WEBM_AUDIO_ONLY)
            .build();
    endpoint.connect(recorder, MediaType.AUDIO);
    recorder.record();
    return recorder;
  }

  @Override
  public void close() {
    pipeline.release();
  }
}
