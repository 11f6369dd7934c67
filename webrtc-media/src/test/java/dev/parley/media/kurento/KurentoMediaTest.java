package dev.parley.media.kurento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.parley.call.CallSignal.Candidate;
import dev.parley.call.CallSignal.Description;
import dev.parley.call.Party;
import dev.parley.call.PartyRole;
import dev.parley.call.Peer;
import dev.parley.media.spi.MediaUnavailableException;
import dev.parley.routing.api.id.ContactId;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link KurentoMedia} driving the real Kurento client against the {@link KurentoProtocolDouble}.
 */
class KurentoMediaTest {

  private static final URI GREETING = URI.create("http://127.0.0.1:8080/media/greeting.ogg");
  private static final URI HOLD = URI.create("http://127.0.0.1:8080/media/hold.ogg");
  private static final Duration BOUND = Duration.ofSeconds(5);

  private final ContactId call = ContactId.of("c-1");
  private final Party customer = Party.customer("Ada");
  private final Party agent = Party.agent("bob", PartyRole.AGENT, "Bob", false);
  private final Party expert = Party.agent("eve", PartyRole.EXPERT, "Eve", false);
  private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
  private final RecordingListener listener = new RecordingListener();
  private KurentoProtocolDouble kurento = KurentoProtocolDouble.started();
  private KurentoMedia media;

  @AfterEach
  void tearDown() {
    if (media != null) {
      media.shutdown();
    }
    kurento.close();
    executor.shutdownNow();
  }

  private KurentoMedia connected() {
    media = unconnected();
    await().atMost(BOUND).until(media::available);
    return media;
  }

  private KurentoMedia unconnected() {
    KurentoSettings settings =
        KurentoSettings.of(kurento.url(), GREETING, HOLD).withRetryInterval(Duration.ofMillis(100));
    return new KurentoMedia(settings, listener, executor);
  }

  /** The endpoints that exist now, in the order they were made. */
  private String endpoint(int index) {
    return kurento.live("WebRtcEndpoint").get(index);
  }

  private long playersMadeFor(URI uri) {
    return kurento.requests("create").stream()
        .filter(p -> p.get("type").getAsString().equals("PlayerEndpoint"))
        .map(p -> p.getAsJsonObject("constructorParams").get("uri").getAsString())
        .filter(uri.toString()::equals)
        .count();
  }

  private String livePlayer() {
    return kurento.live("PlayerEndpoint").get(kurento.live("PlayerEndpoint").size() - 1);
  }

  @Test
  void joiningAnswersWithTheMediaServerAsTheOnlyPeerToOfferTo() {
    List<Peer> peers = connected().join(call, customer, true, List.of());

    assertThat(peers)
        .containsExactly(new Peer(Party.MEDIA_SERVER_ID, PartyRole.CUSTOMER, "Media server", true));
  }

  @Test
  void aJoinKurentoRefusesLeavesNoPipelineBehind() {
    connected();
    kurento.refuse("WebRtcEndpoint");

    assertThatThrownBy(() -> media.join(call, customer, true, List.of()))
        .isInstanceOf(MediaUnavailableException.class)
        .hasMessageContaining("Cannot create WebRtcEndpoint");

    assertThat(kurento.live("MediaPipeline")).isEmpty();
    assertThat(media.pipelines()).isZero();
  }

  @Test
  void makesOnePipelinePerCall() {
    connected().join(call, customer, true, List.of());
    media.join(call, agent, true, List.of(customer));
    media.join(ContactId.of("c-2"), customer, false, List.of());

    assertThat(kurento.live("MediaPipeline")).hasSize(2);
    assertThat(media.pipelines()).isEqualTo(2);
    assertThat(
            kurento.requests("create").stream()
                .filter(p -> p.get("type").getAsString().equals("MediaPipeline")))
        .hasSize(2);
  }

  @Test
  void theAnswerAndKurentoCandidatesReachTheParty() {
    connected().join(call, customer, true, List.of());

    media.signal(
        call, customer, Party.MEDIA_SERVER_ID, new Description("offer", PlausibleSdp.offer(true)));

    assertThat(listener.sent(call, Party.CUSTOMER_ID, Description.class))
        .singleElement()
        .satisfies(d -> assertThat(d.type()).isEqualTo("answer"))
        .satisfies(d -> assertThat(d.sdp()).contains("m=video"));
    await()
        .atMost(BOUND)
        .until(() -> !listener.sent(call, Party.CUSTOMER_ID, Candidate.class).isEmpty());
    assertThat(listener.signals)
        .allSatisfy(s -> assertThat(s.from()).isEqualTo(Party.MEDIA_SERVER_ID));
    assertThat(kurento.invocations("gatherCandidates")).hasSize(1);
  }

  @Test
  void browserCandidatesGoToTheEndpointAndTheEndOfCandidatesIsNotSent() {
    connected().join(call, customer, true, List.of());
    media.signal(
        call, customer, Party.MEDIA_SERVER_ID, new Description("offer", PlausibleSdp.offer(false)));

    media.signal(
        call,
        customer,
        Party.MEDIA_SERVER_ID,
        new Candidate("candidate:7 1 UDP 2122260223 127.0.0.1 50000 typ host", "0", 0));
    media.signal(call, customer, Party.MEDIA_SERVER_ID, new Candidate("", "0", 0));
    media.signal(call, customer, Party.MEDIA_SERVER_ID, new Candidate(null, null, null));

    assertThat(kurento.invocations("addIceCandidate"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(
                        p.getAsJsonObject("operationParams")
                            .getAsJsonObject("candidate")
                            .get("candidate")
                            .getAsString())
                    .contains("50000"));
  }

  @Test
  void customerAndAgentAreConnectedDirectlyBothWays() {
    connected().join(call, customer, true, List.of());
    media.join(call, agent, true, List.of(customer));

    String c = endpoint(0);
    String a = endpoint(1);
    assertThat(kurento.sourceOf(c)).isEqualTo(a);
    assertThat(kurento.sourceOf(a)).isEqualTo(c);
    assertThat(kurento.live("Composite")).isEmpty();
  }

  @Test
  void aWaitingCustomerHearsTheGreetingThenTheHoldMusicInALoop() {
    connected().join(call, customer, true, List.of());
    media.music(call, true);

    String c = endpoint(0);
    String greeting = livePlayer();
    assertThat(playersMadeFor(GREETING)).isEqualTo(1);
    assertThat(kurento.sourceOf(c)).isEqualTo(greeting);
    assertThat(kurento.playerState(greeting)).isEqualTo("play");

    kurento.fire(greeting, "EndOfStream", new JsonObject());
    await()
        .atMost(BOUND)
        .until(
            () ->
                kurento.live("PlayerEndpoint").size() == 2
                    && !greeting.equals(kurento.sourceOf(c)));
    String hold = kurento.sourceOf(c);
    assertThat(playersMadeFor(HOLD)).isEqualTo(1);
    assertThat(kurento.playerState(hold)).isEqualTo("play");

    int stopsBefore = kurento.invocations("stop").size();
    kurento.fire(hold, "EndOfStream", new JsonObject());
    await()
        .atMost(BOUND)
        .until(
            () ->
                kurento.invocations("stop").size() == stopsBefore + 1
                    && "play".equals(kurento.playerState(hold)));
    assertThat(kurento.sourceOf(c)).isEqualTo(hold);
  }

  @Test
  void musicAskedForBeforeTheFirstJoinPlaysWhenTheCustomerJoins() {
    connected().music(call, true);
    media.join(call, customer, true, List.of());

    assertThat(kurento.sourceOf(endpoint(0))).isEqualTo(livePlayer());
  }

  @Test
  void holdGivesTheCustomerMusicAndTheAgentSilenceAndResumeReconnectsThem() {
    connected().join(call, customer, true, List.of());
    media.music(call, true);
    media.join(call, agent, true, List.of(customer));
    media.music(call, false);
    String c = endpoint(0);
    String a = endpoint(1);
    assertThat(kurento.sourceOf(c)).isEqualTo(a);

    media.music(call, true);

    String hold = livePlayer();
    assertThat(playersMadeFor(HOLD)).isEqualTo(1);
    assertThat(kurento.sourceOf(c)).isEqualTo(hold);
    assertThat(kurento.sourceOf(a)).isNull();

    media.music(call, false);

    assertThat(kurento.sourceOf(c)).isEqualTo(a);
    assertThat(kurento.sourceOf(a)).isEqualTo(c);
    assertThat(kurento.playerState(hold)).isEqualTo("stop");

    media.music(call, true); // held again: the music plays again (KMS cannot resume a paused one)

    assertThat(kurento.sourceOf(c)).isEqualTo(hold);
    assertThat(kurento.playerState(hold)).isEqualTo("play");
  }

  @Test
  void aThirdPartyMovesEveryoneOntoACompositeThroughTheirOwnHubPorts() {
    connected().join(call, customer, true, List.of());
    media.join(call, agent, true, List.of(customer));
    media.join(call, expert, true, List.of(customer, agent));

    assertThat(kurento.live("Composite")).hasSize(1);
    List<String> ports = kurento.live("HubPort");
    assertThat(ports).hasSize(3);
    for (int i = 0; i < 3; i++) {
      String endpoint = endpoint(i);
      String port = kurento.sourceOf(endpoint);
      assertThat(ports).contains(port);
      assertThat(kurento.sourceOf(port)).isEqualTo(endpoint);
    }
  }

  @Test
  void theExpertLeavingReleasesItsEndpointAndHubPortAndTheCallGoesOn() {
    connected().join(call, customer, true, List.of());
    media.join(call, agent, true, List.of(customer));
    media.join(call, expert, true, List.of(customer, agent));
    String expertEndpoint = endpoint(2);
    String expertPort = kurento.sourceOf(expertEndpoint);

    media.leave(call, expert.id(), List.of(customer, agent));

    assertThat(kurento.live("WebRtcEndpoint")).hasSize(2).doesNotContain(expertEndpoint);
    assertThat(kurento.live("HubPort")).hasSize(2).doesNotContain(expertPort);
    assertThat(kurento.live("HubPort"))
        .contains(kurento.sourceOf(endpoint(0)), kurento.sourceOf(endpoint(1)));
    assertThat(media.pipelines()).isEqualTo(1);
  }

  @Test
  void aLostBrowserLeavingReleasesOnlyItsEndpoint() {
    connected().join(call, customer, true, List.of());
    media.join(call, agent, true, List.of(customer));
    String agentEndpoint = endpoint(1);

    media.leave(call, customer.id(), List.of(agent));

    assertThat(kurento.live("WebRtcEndpoint")).containsExactly(agentEndpoint);
    assertThat(kurento.sourceOf(agentEndpoint)).isNull();
  }

  @Test
  void anIceRestartOfferGetsAFreshEndpointWiredLikeTheOld() {
    connected().join(call, customer, true, List.of());
    media.join(call, agent, true, List.of(customer));
    media.signal(
        call, customer, Party.MEDIA_SERVER_ID, new Description("offer", PlausibleSdp.offer(true)));
    String before = endpoint(0);

    media.signal(
        call, customer, Party.MEDIA_SERVER_ID, new Description("offer", PlausibleSdp.offer(true)));

    assertThat(listener.sent(call, Party.CUSTOMER_ID, Description.class)).hasSize(2);
    assertThat(kurento.live("WebRtcEndpoint")).hasSize(2).doesNotContain(before);
    String agentEndpoint = endpoint(0);
    String fresh = endpoint(1);
    assertThat(kurento.sourceOf(agentEndpoint)).isEqualTo(fresh);
    assertThat(kurento.sourceOf(fresh)).isEqualTo(agentEndpoint);
  }

  @Test
  void hangingUpReleasesThePipelineAndKurentoCountsAsManyPipelinesAsBefore() {
    try (PipelineCount count = new PipelineCount(kurento.url())) {
      int start = count.now();
      connected().join(call, customer, true, List.of());
      media.join(call, agent, true, List.of(customer));
      assertThat(count.now()).isEqualTo(start + 1);

      media.close(call);

      assertThat(count.now()).isEqualTo(start);
      assertThat(media.pipelines()).isZero();
      assertThat(kurento.live("WebRtcEndpoint")).isEmpty();
    }
  }

  @Test
  void shutdownReleasesEveryCall() {
    connected().join(call, customer, true, List.of());
    media.join(ContactId.of("c-2"), customer, true, List.of());

    media.shutdown();

    assertThat(kurento.live("MediaPipeline")).isEmpty();
    assertThat(media.pipelines()).isZero();
    assertThat(media.available()).isFalse();
  }

  @Test
  void anUnreachableKurentoRefusesJoinsUntilItComes() {
    kurento.close();
    kurento = KurentoProtocolDouble.stopped();
    media = unconnected();

    await().atMost(BOUND).until(() -> media.detail().contains("unreachable"));
    assertThat(media.available()).isFalse();
    assertThat(media.detail()).startsWith("Kurento at " + kurento.url() + " unreachable: ");
    assertThatThrownBy(() -> media.join(call, customer, true, List.of()))
        .isInstanceOf(MediaUnavailableException.class)
        .hasMessageContaining(kurento.url());

    kurento.start();

    await().atMost(BOUND).until(media::available);
    media.join(call, customer, true, List.of());
    assertThat(kurento.live("MediaPipeline")).hasSize(1);
  }

  @Test
  void kurentoDyingMidCallFailsTheCallAndAFreshKurentoServesNewCalls() {
    connected().join(call, customer, true, List.of());

    kurento.stop();

    await().atMost(BOUND).until(() -> listener.failures.containsKey(call));
    assertThat(listener.failures.get(call)).contains(kurento.url());
    assertThat(media.pipelines()).isZero();
    assertThat(media.available()).isFalse();

    kurento.start();

    await().atMost(BOUND).until(media::available);
    ContactId next = ContactId.of("c-2");
    media.join(next, customer, true, List.of());
    media.signal(
        next, customer, Party.MEDIA_SERVER_ID, new Description("offer", PlausibleSdp.offer(false)));
    assertThat(listener.sent(next, Party.CUSTOMER_ID, Description.class)).hasSize(1);
    assertThat(media.pipelines()).isEqualTo(1);
  }

  @Test
  void anErrorKurentoReportsInThePipelineFailsTheCallAndReleasesIt() {
    connected().join(call, customer, true, List.of());
    String pipeline = kurento.live("MediaPipeline").get(0);
    JsonObject error = new JsonObject();
    error.addProperty("description", "GStreamer pipeline broke");
    error.addProperty("errorCode", 40001);
    error.addProperty("type", "UNEXPECTED_PIPELINE_ERROR");

    kurento.fire(pipeline, "Error", error);

    await().atMost(BOUND).until(() -> listener.failures.containsKey(call));
    assertThat(listener.failures.get(call)).contains("GStreamer pipeline broke");
    assertThat(kurento.live("MediaPipeline")).isEmpty();
    assertThat(media.pipelines()).isZero();
  }
}
