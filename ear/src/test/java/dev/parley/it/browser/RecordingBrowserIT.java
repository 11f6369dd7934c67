package dev.parley.it.browser;

import static dev.parley.it.browser.MediaFlow.growing;
import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static dev.parley.it.support.DemoAccounts.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import dev.parley.it.support.ParleyServer;
import dev.parley.it.support.SharedServer;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Peer-to-peer recording end to end (docs/recordings.md): the agent's browser records a video call
 * as it runs (the queue records ALWAYS, the default), the agent pauses and resumes, hangs up; the
 * recording is listed for supervisors with the call's duration less the paused stretch (±2 s),
 * found by agent and by date, plays and seeks (Range, 206), is refused to the agent (403), and the
 * playback is in the admins' audit trail. Where ffprobe is installed the file's own duration is
 * checked too.
 */
@ExtendWith(SharedServer.class)
class RecordingBrowserIT {

  private final List<AutoCloseable> browsers = new ArrayList<>();

  @AfterEach
  void closeBrowsers() throws Exception {
    for (int i = browsers.size() - 1; i >= 0; i--) {
      browsers.get(i).close();
    }
  }

  @Test
  void aRecordedVideoCallIsListedWithoutItsPauseAndPlaysForSupervisorsOnly(ParleyServer server)
      throws Exception {
    ChatAdmin admin = new ChatAdmin(server.baseUri());
    String callQueue = admin.callQueue();
    String entryPoint = admin.entryPoint(callQueue, CallBrowserIT.pageOrigin(server.baseUri()));
    String username = admin.agent(callQueue, "Rhea Recorder");
    Workstation agent = Workstation.availableWithMedia(server.baseUri(), username);
    browsers.add(agent);
    WidgetPage visitor = WidgetPage.openWithMedia(server.baseUri(), entryPoint);
    browsers.add(visitor);
    Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    visitor.openPanel();
    visitor.startCall("VIDEO", "Rosa Recorded", "billing");
    visitor.awaitCallState("queued");
    agent.answerCall();
    agent.awaitCallState("active");
    visitor.awaitCallState("active");
    growing(agent.browser, 0, "the agent receives the visitor's media");

    agent.awaitRecordingState("recording");
    long recordingFrom = System.nanoTime();
    agent.awaitCallSeconds(agent.callSeconds() + 6);
    agent.callButton("call-recording-pause");
    agent.awaitRecordingState("paused");
    long pausedAt = System.nanoTime();
    agent.awaitCallSeconds(agent.callSeconds() + 5);
    agent.callButton("call-recording-resume");
    agent.awaitRecordingState("recording");
    long resumedAt = System.nanoTime();
    agent.awaitCallSeconds(agent.callSeconds() + 5);
    agent.callButton("call-hangup");
    long endedAt = System.nanoTime();
    visitor.awaitCallState("ended");
    long recordedMs =
        TimeUnit.NANOSECONDS.toMillis((pausedAt - recordingFrom) + (endedAt - resumedAt));
    long pausedMs = TimeUnit.NANOSECONDS.toMillis(resumedAt - pausedAt);

    ApiClient supervisor = ApiClient.loggedIn(server.baseUri(), SUPERVISOR, PASSWORD);
    String byAgentAndDate =
        "api/supervisor/recordings?agent=%s&from=%s&to=%s"
            .formatted(
                username,
                encode(before.toString()),
                encode(Instant.now().plus(Duration.ofMinutes(5)).toString()));
    JsonObject recording =
        Awaitility.await("the recording is listed, ready")
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> supervisor.get(byAgentAndDate).json().getJsonArray("items"),
                items ->
                    items.size() == 1 && "READY".equals(items.getJsonObject(0).getString("state")))
            .getJsonObject(0);
    assertThat(recording.getString("channel")).isEqualTo("VIDEO");
    assertThat(recording.getString("source")).isEqualTo("BROWSER");
    assertThat(recording.getBoolean("video")).isTrue();
    assertThat(recording.getString("customerName")).isEqualTo("Rosa Recorded");
    assertThat(recording.getJsonArray("agents").getString(0)).isEqualTo(username);
    assertThat(recording.getString("queue")).isEqualTo(callQueue);
    long duration = recording.getJsonNumber("durationMillis").longValue();
    assertThat(duration)
        .as("the recorded time without the %d ms paused", pausedMs)
        .isBetween(recordedMs - 2_000, recordedMs + 2_000);
    assertThat(recording.getJsonArray("pauses")).hasSize(1);
    assertThat(recording.getJsonArray("pauses").getJsonObject(0).getString("by"))
        .isEqualTo(username);
    String id = recording.getString("id");

    assertThat(
            supervisor
                .get(
                    "api/supervisor/recordings?agent=someone-else&from="
                        + encode(before.toString()))
                .json()
                .getJsonNumber("total")
                .longValue())
        .as("another agent's recordings do not include it")
        .isZero();
    assertThat(
            supervisor
                .get(
                    "api/supervisor/recordings?agent="
                        + username
                        + "&to="
                        + encode(before.toString()))
                .json()
                .getJsonNumber("total")
                .longValue())
        .as("nothing of this agent's before the call")
        .isZero();

    // A supervisor finds it in the library in the browser, by agent and date, plays and seeks.
    RecordingsLibraryPage library = RecordingsLibraryPage.open(server.baseUri());
    browsers.add(library);
    library.search(username, java.time.LocalDateTime.now().minusMinutes(10));
    library.choose(id);
    assertThat(library.awaitDuration())
        .as("the player knows the length (a seekable file)")
        .isCloseTo(duration / 1000.0, org.assertj.core.data.Offset.offset(1.0));
    library.seekAndPlay(duration / 2000.0);
    library.openContact(id);

    String media = "api/supervisor/recordings/" + id + "/media";
    ApiClient.BinaryReply whole = supervisor.getBytes(media);
    assertThat(whole.status()).isEqualTo(200);
    assertThat(whole.header("Content-Type")).startsWith("video/webm");
    assertThat(whole.header("Accept-Ranges")).isEqualTo("bytes");
    int size = whole.body().length;
    assertThat((long) size).isEqualTo(recording.getJsonNumber("sizeBytes").longValue());
    ApiClient.BinaryReply head = supervisor.getBytes(media, "Range", "bytes=0-1023");
    assertThat(head.status()).isEqualTo(206);
    assertThat(head.header("Content-Range")).isEqualTo("bytes 0-1023/" + size);
    assertThat(head.body()).hasSize(1024);
    ApiClient.BinaryReply middle = supervisor.getBytes(media, "Range", "bytes=" + size / 2 + "-");
    assertThat(middle.status()).isEqualTo(206);
    assertThat(middle.body()).hasSize(size - size / 2);
    assertThat(supervisor.getBytes(media, "Range", "bytes=" + (size + 10) + "-").status())
        .isEqualTo(416);

    ApiClient asAgent = ApiClient.loggedIn(server.baseUri(), username, ChatAdmin.AGENT_PASSWORD);
    assertThat(asAgent.get("api/supervisor/recordings").status()).isEqualTo(403);
    assertThat(asAgent.getBytes(media).status()).isEqualTo(403);

    ApiClient administrator =
        ApiClient.loggedIn(server.baseUri(), dev.parley.it.support.DemoAccounts.ADMIN, PASSWORD);
    var audit = administrator.get("api/admin/audit?recording=" + id).jsonArray();
    assertThat(audit)
        .as("the supervisor's playback is audited once, not once per range request")
        .filteredOn(e -> e.asJsonObject().getString("action").equals("PLAY"))
        .hasSize(1)
        .allMatch(e -> e.asJsonObject().getString("actor").equals(SUPERVISOR));

    RecordingChecks.ffprobeDuration(whole.body())
        .ifPresent(
            seconds ->
                assertThat(seconds)
                    .as("the file's own duration, as ffprobe reads it")
                    .isCloseTo(duration / 1000.0, org.assertj.core.data.Offset.offset(1.0)));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
