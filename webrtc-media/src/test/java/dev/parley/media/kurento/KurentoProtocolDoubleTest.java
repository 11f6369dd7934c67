package dev.parley.media.kurento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kurento.client.Composite;
import org.kurento.client.HubPort;
import org.kurento.client.IceCandidate;
import org.kurento.client.KurentoClient;
import org.kurento.client.MediaPipeline;
import org.kurento.client.MediaProfileSpecType;
import org.kurento.client.MediaType;
import org.kurento.client.RecorderEndpoint;
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

  @Test
  void aSinkTakesOneSourcePerMediaType() {
    MediaPipeline pipeline = client.createMediaPipeline();
    WebRtcEndpoint a = new WebRtcEndpoint.Builder(pipeline).build();
    WebRtcEndpoint b = new WebRtcEndpoint.Builder(pipeline).build();
    WebRtcEndpoint sink = new WebRtcEndpoint.Builder(pipeline).build();

    a.connect(sink);
    b.connect(sink, MediaType.AUDIO);

    assertThat(kurento.sourceOf(sink.getId(), "AUDIO")).isEqualTo(b.getId());
    assertThat(kurento.sourceOf(sink.getId(), "VIDEO")).isEqualTo(a.getId());

    b.disconnect(sink, MediaType.AUDIO);

    assertThat(kurento.sourceOf(sink.getId(), "AUDIO")).isNull();
    assertThat(kurento.sourceOf(sink.getId(), "VIDEO")).isEqualTo(a.getId());
  }

  @Test
  void aHubPortSendsWhatTheHubsOtherPortsReceive() {
    MediaPipeline pipeline = client.createMediaPipeline();
    Composite hub = new Composite.Builder(pipeline).build();
    WebRtcEndpoint a = new WebRtcEndpoint.Builder(pipeline).build();
    WebRtcEndpoint b = new WebRtcEndpoint.Builder(pipeline).build();
    WebRtcEndpoint listener = new WebRtcEndpoint.Builder(pipeline).build();
    HubPort pa = new HubPort.Builder(hub).build();
    HubPort pb = new HubPort.Builder(hub).build();
    HubPort tap = new HubPort.Builder(hub).build();

    a.connect(pa);
    b.connect(pb);
    pa.connect(a);
    tap.connect(listener);

    assertThat(kurento.hears(listener.getId())).containsExactlyInAnyOrder(a.getId(), b.getId());
    assertThat(kurento.hears(a.getId())).containsExactly(b.getId());
    assertThat(kurento.hears(b.getId())).isEmpty();
  }

  @Test
  void recordersRecordPauseAndStopAndTellTheirSubscribers() {
    MediaPipeline pipeline = client.createMediaPipeline();
    RecorderEndpoint recorder =
        new RecorderEndpoint.Builder(pipeline, "file:///tmp/x.webm")
            .withMediaProfile(MediaProfileSpecType.WEBM_AUDIO_ONLY)
            .build();
    List<String> events = new CopyOnWriteArrayList<>();
    recorder.addRecordingListener(e -> events.add("Recording"));
    recorder.addPausedListener(e -> events.add("Paused"));
    recorder.addStoppedListener(e -> events.add("Stopped"));

    recorder.record();
    recorder.pause();
    recorder.record();
    recorder.stopAndWait();

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                assertThat(events)
                    .containsExactlyInAnyOrder("Recording", "Paused", "Recording", "Stopped"));
    pipeline.release();
    assertThat(kurento.recorderState(recorder.getId())).isEqualTo("stopAndWait");
    assertThat(kurento.constructorParam(recorder.getId(), "uri")).isEqualTo("file:///tmp/x.webm");
    assertThat(kurento.constructorParam(recorder.getId(), "mediaProfile"))
        .isEqualTo("WEBM_AUDIO_ONLY");
    assertThat(kurento.made("RecorderEndpoint")).containsExactly(recorder.getId());
    assertThat(kurento.live("RecorderEndpoint")).isEmpty();
  }
}
