package dev.parley.media.kurento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kurento.client.IceCandidate;
import org.kurento.client.KurentoClient;
import org.kurento.client.MediaPipeline;
import org.kurento.client.WebRtcEndpoint;
import org.kurento.client.internal.server.KurentoServerException;

/** The double against the real {@code kurento-client}: if these fail, the double lies. */
class KurentoProtocolDoubleTest {

  private final KurentoProtocolDouble kurento = KurentoProtocolDouble.started();
  private final KurentoClient client = KurentoClient.create(kurento.url());

  @AfterEach
  void tearDown() {
    client.destroy();
    kurento.close();
  }

  @Test
  void createsPipelinesAndEndpointsWithKmsLikeIds() {
    MediaPipeline pipeline = client.createMediaPipeline();
    WebRtcEndpoint endpoint = new WebRtcEndpoint.Builder(pipeline).build();

    assertThat(pipeline.getId()).endsWith("_kurento.MediaPipeline");
    assertThat(endpoint.getId())
        .startsWith(pipeline.getId() + "/")
        .endsWith("_kurento.WebRtcEndpoint");
    assertThat(client.getServerManager().getPipelines())
        .extracting(MediaPipeline::getId)
        .containsExactly(pipeline.getId());
  }

  @Test
  void answersOffersOnceAndTricklesCandidatesToSubscribers() {
    WebRtcEndpoint endpoint = new WebRtcEndpoint.Builder(client.createMediaPipeline()).build();
    List<IceCandidate> found = new CopyOnWriteArrayList<>();
    endpoint.addIceCandidateFoundListener(e -> found.add(e.getCandidate()));

    String answer = endpoint.processOffer(PlausibleSdp.offer(true));
    endpoint.gatherCandidates();

    assertThat(answer).contains("m=audio", "m=video", "a=mid:1");
    await().atMost(Duration.ofSeconds(5)).until(() -> !found.isEmpty());
    assertThat(found.get(0).getSdpMLineIndex()).isZero();
    assertThatThrownBy(() -> endpoint.processOffer(PlausibleSdp.offer(true)))
        .isInstanceOf(KurentoServerException.class)
        .hasMessageContaining("already negotiated");
  }

  @Test
  void releasingAPipelineReleasesItsElements() {
    MediaPipeline pipeline = client.createMediaPipeline();
    WebRtcEndpoint a = new WebRtcEndpoint.Builder(pipeline).build();
    WebRtcEndpoint b = new WebRtcEndpoint.Builder(pipeline).build();
    a.connect(b);
    assertThat(kurento.sourceOf(b.getId())).isEqualTo(a.getId());

    pipeline.release();

    assertThat(kurento.live("WebRtcEndpoint")).isEmpty();
    assertThat(client.getServerManager().getPipelines()).isEmpty();
    assertThat(kurento.requests("release")).hasSize(1);
  }
}
