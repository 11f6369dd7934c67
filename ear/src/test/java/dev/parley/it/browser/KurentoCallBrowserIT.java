package dev.parley.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.Chromium;
import dev.parley.it.support.ParleyServer;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.kurento.client.KurentoClient;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A video call end to end in Kurento mode: headless Chromium on both ends (fake cameras and
 * microphones), every stream through a real Kurento Media Server at {@code PARLEY_KURENTO_URL}
 * (e.g. {@code ws://127.0.0.1:8888/kurento}, KMS 7.x); skipped when it is not set. See
 * docs/kurento-testing.md.
 *
 * <p>The class starts its own Parley server with {@code PARLEY_KURENTO_URL} in its environment,
 * pointing at Kurento through a {@link KurentoGate}, so that one test can take Kurento away and
 * bring it back. Kurento fetches the greeting and the hold music from that server's {@code /media/}
 * (its public URL, on this machine).
 */
@EnabledIfEnvironmentVariable(named = "PARLEY_KURENTO_URL", matches = ".+")
class KurentoCallBrowserIT {

  private static final URI KURENTO =
      URI.create(String.valueOf(System.getenv("PARLEY_KURENTO_URL")));

  private static KurentoGate gate;
  private static ParleyServer server;

  private final List<AutoCloseable> browsers = new ArrayList<>();

  @BeforeAll
  static void startServer() {
    gate = new KurentoGate(KURENTO);
    server =
        new ParleyServer("kurento-browser", 230)
            .withEnvironment("PARLEY_KURENTO_URL", gate.url())
            .prepare()
            .start();
    awaitMedia("UP");
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.stop();
    }
    if (gate != null) {
      gate.close();
    }
  }

  @AfterEach
  void closeBrowsers() throws Exception {
    for (int i = browsers.size() - 1; i >= 0; i--) {
      browsers.get(i).close();
    }
    browsers.clear();
  }

  @Test
  void aVisitorVideoCallsThroughKurentoAndMediaFlowsBothWaysThroughHoldUntilHangUp() {
    JsonObject before = media();
    assertThat(before.getString("mode")).isEqualTo("KURENTO");
    int parleyPipelines = before.getInt("pipelines");
    int kurentoPipelines = kurentoPipelines();
    ChatAdmin admin = new ChatAdmin(server.baseUri());
    String callQueue = admin.callQueue();
    String entryPoint = admin.entryPoint(callQueue, pageOrigin(server.baseUri()));
    String agentName = admin.agent(callQueue, "Kurt Kurento");
    Workstation agent = Workstation.availableWithMedia(server.baseUri(), agentName);
    browsers.add(agent);
    WidgetPage visitor = WidgetPage.openWithMedia(server.baseUri(), entryPoint);
    browsers.add(visitor);

    visitor.openPanel();
    visitor.startCall("VIDEO", "Carla", "billing");
    try {
      visitor.awaitCallState("queued");
    } catch (RuntimeException e) {
      visitor.screenshot("kurento-call-visitor-not-queued");
      throw new AssertionError("console: " + visitor.console(), e);
    }
    // Waiting, the caller is already connected to Kurento, which plays the greeting.
    long greeting = growing(visitor.browser, "audio", 0, "the waiting caller hears the greeting");
    assertThat(media().getInt("pipelines")).isEqualTo(parleyPipelines + 1);
    assertThat(kurentoPipelines()).isEqualTo(kurentoPipelines + 1);

    agent.answerCall();
    agent.awaitCallState("active");
    visitor.awaitCallState("active");
    long visitorVideo =
        growing(visitor.browser, "video", 0, "the visitor receives the agent's video");
    long agentVideo = growing(agent.browser, "video", 0, "the agent receives the visitor's video");
    long agentAudio = growing(agent.browser, "audio", 0, "the agent receives the visitor's audio");
    growing(visitor.browser, "audio", greeting, "the visitor receives the agent's audio");
    visitorVideo = growing(visitor.browser, "video", visitorVideo, "the visitor's video flows on");
    growing(agent.browser, "video", agentVideo, "the agent's video flows on");

    // The queue records ALWAYS (the default): Kurento records the call and each party; the
    // agent pauses and resumes it.
    agent.awaitRecordingState("recording");
    agent.callButton("call-recording-pause");
    agent.awaitRecordingState("paused");
    sleep(Duration.ofSeconds(2));
    agent.callButton("call-recording-resume");
    agent.awaitRecordingState("recording");

    agent.callButton("call-hold");
    agent.awaitCallState("held");
    visitor.awaitCallState("held");
    // On hold the caller hears Kurento's player (audio only), not the agent; the widget plays
    // nothing of its own.
    long heldAudio = Chromium.inboundRtpBytes(visitor.browser, "audio");
    growing(visitor.browser, "audio", heldAudio, "the held caller hears music from Kurento");
    long heldVideo = Chromium.inboundRtpBytes(visitor.browser, "video");
    sleep(Duration.ofSeconds(3));
    assertThat(Chromium.inboundRtpBytes(visitor.browser, "video"))
        .as("the held caller no longer receives the agent's video")
        .isLessThan(heldVideo + 20_000);
    assertThat(visitor.holdMusicPlaying()).as("the widget plays no music of its own").isFalse();

    agent.callButton("call-hold");
    agent.awaitCallState("active");
    visitor.awaitCallState("active");
    growing(
        visitor.browser,
        "video",
        Chromium.inboundRtpBytes(visitor.browser, "video"),
        "video after resume");
    growing(
        agent.browser,
        "audio",
        Chromium.inboundRtpBytes(agent.browser, "audio"),
        "the agent hears the caller");

    // Held a second time: the music plays again (Kurento cannot resume a paused player).
    agent.callButton("call-hold");
    agent.awaitCallState("held");
    visitor.awaitCallState("held");
    growing(
        visitor.browser,
        "audio",
        Chromium.inboundRtpBytes(visitor.browser, "audio"),
        "held again, the caller hears music from Kurento again");
    agent.callButton("call-hold");
    agent.awaitCallState("active");
    visitor.awaitCallState("active");

    agent.callButton("call-hangup");
    visitor.awaitCallState("ended");
    await("Parley's pipelines back to " + parleyPipelines)
        .atMost(Duration.ofSeconds(20))
        .until(() -> media().getInt("pipelines") == parleyPipelines);
    // Releasing waits for each recorder to finish its file (stopAndWait), one after another.
    await("Kurento's pipelines back to " + kurentoPipelines)
        .atMost(Duration.ofSeconds(60))
        .until(() -> kurentoPipelines() == kurentoPipelines);
    assertThat(agentAudio).isPositive();

    JsonObject recording = RecordingChecks.awaitReady(server.baseUri(), agentName);
    assertThat(recording.getString("source")).isEqualTo("MEDIA_SERVER");
    assertThat(recording.getJsonArray("pauses")).hasSize(1);
    assertThat(
            recording.getJsonArray("tracks").stream().map(t -> t.asJsonObject().getString("party")))
        .contains("customer", "agent:" + agentName);
    RecordingChecks.ffprobeStreams(server.baseUri(), recording.getString("id"), null)
        .ifPresent(streams -> assertThat(streams).contains("vp8", "opus"));
    RecordingChecks.ffprobeStreams(server.baseUri(), recording.getString("id"), "customer")
        .ifPresent(streams -> assertThat(streams).contains("vp8", "opus"));
  }

  @Test
  void withoutKurentoReadinessIsDegradedAndCallsAreRefusedUntilItIsBack() {
    ChatAdmin admin = new ChatAdmin(server.baseUri());
    String entryPoint = admin.entryPoint(admin.callQueue(), pageOrigin(server.baseUri()));
    int pipelines = awaitMedia("UP").getInt("pipelines");
    try {
      gate.shut(); // as Parley sees a stopped KMS: the connection closes, new ones are refused
      JsonObject degraded = awaitMedia("DEGRADED");
      assertThat(degraded.getString("mode")).isEqualTo("KURENTO");
      assertThat(degraded.getString("detail")).startsWith("Kurento at " + gate.url());
      assertThat(ready().status()).as("Parley stays ready without media").isEqualTo(200);

      WidgetPage refused = WidgetPage.openWithMedia(server.baseUri(), entryPoint);
      browsers.add(refused);
      refused.openPanel();
      refused.startCall("VOICE", "Nina", "billing");
      // Not lost: the call becomes a chat that says so, and the widget tells the visitor why.
      var problem = refused.awaitCallError();
      assertThat(problem.getDomAttribute("data-call-error")).isEqualTo("MEDIA_UNAVAILABLE");
      assertThat(problem.getText()).contains("Calls are unavailable right now");
      assertThat(refused.awaitEvent("this is a chat instead")).isNotNull();
      assertThat(refused.callState()).isNotIn("queued", "active");
    } finally {
      gate.open();
    }
    awaitMedia("UP");

    WidgetPage caller = WidgetPage.openWithMedia(server.baseUri(), entryPoint);
    browsers.add(caller);
    caller.openPanel();
    caller.startCall("VOICE", "Otto", "billing");
    caller.awaitCallState("queued");
    growing(caller.browser, "audio", 0, "the caller hears Kurento's greeting again");
    caller.element("call-hang-up").click();
    await("the caller's pipeline released")
        .atMost(Duration.ofSeconds(20))
        .until(() -> media().getInt("pipelines") == pipelines);
  }

  /** {@code /health/ready}'s media check's data, once its status is {@code status}. */
  private static JsonObject awaitMedia(String status) {
    JsonObject[] last = {null};
    await("media " + status)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              last[0] = media();
              return status.equals(last[0].getString("status"));
            });
    return last[0];
  }

  private static JsonObject media() {
    ApiClient.Reply ready = ready();
    return ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .filter(c -> "media".equals(c.getString("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no media check in " + ready.body()))
        .getJsonObject("data");
  }

  private static ApiClient.Reply ready() {
    return new ApiClient(server.baseUri()).get("health/ready");
  }

  /** The pipelines Kurento itself holds (asked directly, not through Parley). */
  private static int kurentoPipelines() {
    KurentoClient client = KurentoClient.create(KURENTO.toString());
    try {
      return client.getServerManager().getPipelines().size();
    } finally {
      client.destroy();
    }
  }

  /**
   * Waits until the page's inbound RTP bytes of {@code kind} (audio, video) exceed {@code above};
   * answers them.
   */
  private static long growing(ChromeDriver browser, String kind, long above, String what) {
    long[] seen = {0};
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .withMessage(() -> what + ": inbound " + kind + " RTP bytes stayed at " + seen[0])
        .until(
            d -> {
              seen[0] = Chromium.inboundRtpBytes(browser, kind);
              return seen[0] > above + 1000;
            });
    return seen[0];
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String pageOrigin(URI base) {
    return "http://127.0.0.1:" + base.getPort();
  }
}
