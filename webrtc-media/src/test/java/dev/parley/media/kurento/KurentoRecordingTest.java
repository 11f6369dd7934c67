package dev.parley.media.kurento;

import static dev.parley.media.kurento.MediaOnDouble.BOUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import dev.parley.call.CallSignal.Description;
import dev.parley.call.Party;
import dev.parley.call.PartyRole;
import dev.parley.media.spi.MediaUnavailableException;
import dev.parley.media.spi.RecordedFile;
import dev.parley.media.spi.RecordingPlan;
import dev.parley.routing.api.id.ContactId;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Server-side recording in Kurento mode: {@link KurentoMedia} driving the real Kurento client
 * against the {@link KurentoProtocolDouble}, which tells which recorders exist, what they were told
 * (record, pause, stopAndWait) and whose audio reaches them.
 */
class KurentoRecordingTest {

  private final ContactId call = ContactId.of("c-1");
  private final Party customer = Party.customer("Ada");
  private final Party agent = Party.agent("bob", PartyRole.AGENT, "Bob", false);
  private final Party expert = Party.agent("eve", PartyRole.EXPERT, "Eve", false);
  private final RecordingPlan voice =
      new RecordingPlan(Path.of("/srv/parley/recordings"), "2026/12/c-1", false);
  private MediaOnDouble kms;

  @AfterEach
  void tearDown() {
    if (kms != null) {
      kms.close();
    }
  }

  /** A call of customer and agent (endpoints 0 and 1) on a fresh double. */
  private KurentoMedia talking() {
    kms = new MediaOnDouble();
    kms.media.join(call, customer, false, List.of());
    kms.media.join(call, agent, false, List.of(customer));
    return kms.media;
  }

  private String recorder(String file) {
    return kms.recorder(file);
  }

  private String state(String file) {
    return kms.kurento.recorderState(recorder(file));
  }

  private List<String> all(RecordingPlan plan, Party... parties) {
    List<String> files = new ArrayList<>(List.of(plan.compositeFile()));
    for (Party p : parties) {
      files.add(plan.partyFile(p.id()));
    }
    return files;
  }

  @Test
  void startingMakesTheWholeCallAndEveryPartyRecorderAtOnceAudioOnlyForAVoiceCall() {
    talking().startRecording(call, voice);

    assertThat(kms.kurento.live("RecorderEndpoint")).hasSize(3);
    for (String file : all(voice, customer, agent)) {
      assertThat(kms.uriOf(recorder(file)))
          .isEqualTo("file:///srv/parley/recordings/" + file)
          .startsWith("file:///srv/parley/recordings/2026/12/c-1.");
      assertThat(kms.kurento.constructorParam(recorder(file), "mediaProfile"))
          .isEqualTo("WEBM_AUDIO_ONLY");
      assertThat(state(file)).isEqualTo("record");
    }
  }

  @Test
  void theWholeCallRecorderTakesTheMixAndEachPartyRecorderItsPartyWhileTheyTalkDirectly() {
    talking().startRecording(call, voice);
    String c = kms.endpoint(0);
    String a = kms.endpoint(1);

    assertThat(kms.kurento.hears(recorder(voice.compositeFile()))).containsExactlyInAnyOrder(a, c);
    assertThat(kms.kurento.hears(recorder(voice.partyFile(customer.id()))))
        .containsExactlyInAnyOrder(c);
    assertThat(kms.kurento.hears(recorder(voice.partyFile(agent.id()))))
        .containsExactlyInAnyOrder(a);
    assertThat(kms.kurento.sourceOf(c)).isEqualTo(a);
    assertThat(kms.kurento.sourceOf(a)).isEqualTo(c);
  }

  @Test
  void aVideoCallRecordsWebmWhereKurentoSeesTheRecordingsDirectory() {
    kms = new MediaOnDouble(s -> s.withRecordings(URI.create("file:///var/lib/parley/recordings")));
    kms.media.join(call, customer, true, List.of());
    RecordingPlan video = new RecordingPlan(Path.of("/srv/parley/recordings"), "c-1", true);

    kms.media.startRecording(call, video);

    assertThat(kms.uriOf(recorder("c-1.webm")))
        .isEqualTo("file:///var/lib/parley/recordings/c-1.webm");
    assertThat(kms.uriOf(recorder("c-1.customer.webm")))
        .isEqualTo("file:///var/lib/parley/recordings/c-1.customer.webm");
    assertThat(kms.kurento.constructorParam(recorder("c-1.webm"), "mediaProfile"))
        .isEqualTo("WEBM");
  }

  @Test
  void anExpertJoiningGetsItsOwnRecorderAndIsInTheWholeCall() {
    talking().startRecording(call, voice);

    kms.media.join(call, expert, false, List.of(customer, agent));

    String x = kms.endpoint(2);
    assertThat(state(voice.partyFile(expert.id()))).isEqualTo("record");
    assertThat(kms.kurento.hears(recorder(voice.partyFile(expert.id()))))
        .containsExactlyInAnyOrder(x);
    assertThat(kms.kurento.hears(recorder(voice.compositeFile())))
        .containsExactlyInAnyOrder(kms.endpoint(0), kms.endpoint(1), x);
    assertThat(kms.kurento.hears(kms.endpoint(0))).containsExactlyInAnyOrder(kms.endpoint(1), x);
  }

  @Test
  void theHoldMusicIsHeardOnlyByTheCustomerAndNeverRecorded() {
    talking().startRecording(call, voice);
    String c = kms.endpoint(0);
    String a = kms.endpoint(1);

    kms.media.music(call, true);

    String player = kms.kurento.live("PlayerEndpoint").get(0);
    assertThat(kms.kurento.hears(c)).containsExactlyInAnyOrder(player);
    assertThat(kms.kurento.hears(recorder(voice.compositeFile()))).containsExactlyInAnyOrder(a);
    assertThat(kms.kurento.hears(recorder(voice.partyFile(customer.id()))))
        .containsExactlyInAnyOrder(c);
    assertThat(kms.kurento.hears(recorder(voice.partyFile(agent.id()))))
        .containsExactlyInAnyOrder(a);

    kms.media.music(call, false);

    assertThat(kms.kurento.hears(recorder(voice.compositeFile()))).containsExactlyInAnyOrder(a, c);
  }

  @Test
  void pauseAndResumeReachEveryRecorderAndOneMadeWhilePausedStartsAtTheResume() {
    talking().startRecording(call, voice);

    kms.media.pauseRecording(call, true);

    for (String file : all(voice, customer, agent)) {
      assertThat(state(file)).isEqualTo("pause");
    }

    kms.media.join(call, expert, false, List.of(customer, agent));

    assertThat(state(voice.partyFile(expert.id()))).isNull();

    kms.media.pauseRecording(call, false);

    for (String file : all(voice, customer, agent, expert)) {
      assertThat(state(file)).isEqualTo("record");
    }
  }

  @Test
  void stoppingWaitsForEveryRecorderReleasesThemAndReportsOnceWholeCallFirst() {
    talking().startRecording(call, voice);
    kms.media.join(call, expert, false, List.of(customer, agent));

    kms.media.stopRecording(call);

    assertThat(kms.listener.reports)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.files())
                    .containsExactly(
                        new RecordedFile(null, voice.compositeFile()),
                        new RecordedFile(customer.id(), voice.partyFile(customer.id())),
                        new RecordedFile(agent.id(), voice.partyFile(agent.id())),
                        new RecordedFile(expert.id(), voice.partyFile(expert.id()))));
    for (String file : all(voice, customer, agent, expert)) {
      assertThat(state(file)).isEqualTo("stopAndWait");
    }
    assertThat(kms.kurento.live("RecorderEndpoint")).isEmpty();
    assertThat(kms.kurento.hears(kms.endpoint(0)))
        .containsExactlyInAnyOrder(kms.endpoint(1), kms.endpoint(2));

    kms.media.stopRecording(call);
    kms.media.close(call);

    assertThat(kms.listener.reports).hasSize(1);
  }

  @Test
  void aPartyLeavingStopsOnlyItsRecorderAndItsFileIsReportedAtTheEnd() {
    talking().startRecording(call, voice);
    kms.media.join(call, expert, false, List.of(customer, agent));
    String expertRecorder = recorder(voice.partyFile(expert.id()));

    kms.media.leave(call, expert.id(), List.of(customer, agent));

    assertThat(kms.kurento.recorderState(expertRecorder)).isEqualTo("stopAndWait");
    assertThat(kms.kurento.live("RecorderEndpoint")).hasSize(3).doesNotContain(expertRecorder);
    assertThat(state(voice.compositeFile())).isEqualTo("record");
    assertThat(kms.listener.reports).isEmpty();

    kms.media.stopRecording(call);

    assertThat(kms.listener.recorded.get(call))
        .extracting(RecordedFile::name)
        .containsExactlyElementsOf(all(voice, customer, agent, expert));
  }

  @Test
  void aPartyRecordedAgainWritesANewFileInsteadOfOverwritingItsFirst() {
    talking().startRecording(call, voice);
    kms.media.join(call, expert, false, List.of(customer, agent));
    kms.media.leave(call, expert.id(), List.of(customer, agent));

    kms.media.join(call, expert, false, List.of(customer, agent));
    kms.media.stopRecording(call);

    assertThat(kms.listener.recorded.get(call))
        .filteredOn(f -> expert.id().equals(f.party()))
        .extracting(RecordedFile::name)
        .containsExactly("2026/12/c-1.agent_eve.webm", "2026/12/c-1.agent_eve.2.webm");
  }

  @Test
  void aBrowserOfferingAgainKeepsItsRecorderFedByItsFreshEndpoint() {
    talking().startRecording(call, voice);
    String customerRecorder = recorder(voice.partyFile(customer.id()));
    offer(customer);

    offer(customer); // an ICE restart: a fresh endpoint

    String fresh = kms.endpoint(1);
    assertThat(kms.kurento.live("RecorderEndpoint")).hasSize(3).contains(customerRecorder);
    assertThat(kms.kurento.hears(customerRecorder)).containsExactlyInAnyOrder(fresh);
    assertThat(kms.kurento.recorderState(customerRecorder)).isEqualTo("record");
  }

  @Test
  void hangingUpStopsTheRecordersBeforeReleasingThePipelineAndReportsTheFiles() {
    kms = new MediaOnDouble();
    try (PipelineCount count = new PipelineCount(kms.kurento.url())) {
      int start = count.now();
      kms.media.join(call, customer, false, List.of());
      kms.media.join(call, agent, false, List.of(customer));
      kms.media.startRecording(call, voice);
      String pipeline = kms.kurento.live("MediaPipeline").get(0);

      kms.media.close(call);

      assertThat(kms.listener.recorded.get(call)).hasSize(3);
      assertThat(count.now()).isEqualTo(start);
      List<String> order =
          kms.kurento.requests().stream()
              .filter(r -> stopsARecorderOrReleases(r, pipeline))
              .map(r -> r.get("method").getAsString())
              .toList();
      assertThat(order).containsExactly("invoke", "invoke", "invoke", "release");
    }
  }

  @Test
  void anErrorInThePipelineStopsAndReportsTheRecordingBeforeTheCallFails() {
    talking().startRecording(call, voice);
    JsonObject error = new JsonObject();
    error.addProperty("description", "GStreamer pipeline broke");
    error.addProperty("errorCode", 40001);
    error.addProperty("type", "UNEXPECTED_PIPELINE_ERROR");

    kms.kurento.fire(kms.kurento.live("MediaPipeline").get(0), "Error", error);

    await().atMost(BOUND).until(() -> kms.listener.failures.containsKey(call));
    assertThat(kms.listener.heard).containsExactly("recorded c-1", "failed c-1");
    assertThat(kms.listener.recorded.get(call)).hasSize(3);
    assertThat(state(voice.compositeFile())).isEqualTo("stopAndWait");
    assertThat(kms.kurento.live("MediaPipeline")).isEmpty();
  }

  @Test
  void kurentoGoneReportsTheFilesWrittenSoFarAndFailsTheCall() {
    talking().startRecording(call, voice);

    kms.kurento.stop();

    await().atMost(BOUND).until(() -> kms.listener.failures.containsKey(call));
    assertThat(kms.listener.heard).containsExactly("recorded c-1", "failed c-1");
    assertThat(kms.listener.recorded.get(call))
        .extracting(RecordedFile::name)
        .containsExactlyElementsOf(all(voice, customer, agent));
  }

  @Test
  void shutdownStopsAndReportsEveryCallsRecording() {
    talking().startRecording(call, voice);
    ContactId other = ContactId.of("c-2");
    kms.media.join(other, customer, false, List.of());
    kms.media.startRecording(other, new RecordingPlan(voice.directory(), "c-2", false));

    kms.media.shutdown();

    assertThat(kms.listener.recorded).containsOnlyKeys(call, other);
    assertThat(kms.listener.recorded.get(other))
        .extracting(RecordedFile::name)
        .containsExactly("c-2.webm", "c-2.customer.webm");
    assertThat(kms.kurento.made("RecorderEndpoint"))
        .allSatisfy(r -> assertThat(kms.kurento.recorderState(r)).isEqualTo("stopAndWait"));
    assertThat(kms.kurento.live("MediaPipeline")).isEmpty();
  }

  @Test
  void anErrorOfARecorderIsLoggedAndTheCallGoesOn() {
    talking().startRecording(call, voice);
    JsonObject error = new JsonObject();
    error.addProperty("description", "Cannot write the file");
    error.addProperty("errorCode", 40001);
    error.addProperty("type", "UNEXPECTED_ELEMENT_ERROR");
    List<String> warnings = new CopyOnWriteArrayList<>();
    Logger log = Logger.getLogger(CallRecorders.class.getName());
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            warnings.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    log.addHandler(handler);
    try {
      kms.kurento.fire(recorder(voice.compositeFile()), "Error", error); // as KMS: on the element

      await()
          .atMost(BOUND)
          .until(
              () ->
                  warnings.contains(
                      "Kurento cannot record file:///srv/parley/recordings/2026/12/c-1.webm:"
                          + " Cannot write the file"));
    } finally {
      log.removeHandler(handler);
    }
    assertThat(kms.listener.failures).isEmpty();
    assertThat(kms.kurento.live("MediaPipeline")).hasSize(1);
    kms.media.stopRecording(call);
    assertThat(kms.listener.recorded.get(call)).hasSize(3);
  }

  @Test
  void aRecorderKurentoRefusesFailsTheStartButNotTheCall() {
    talking();
    kms.kurento.refuse("RecorderEndpoint");

    assertThatThrownBy(() -> kms.media.startRecording(call, voice))
        .isInstanceOf(MediaUnavailableException.class)
        .hasMessageContaining("Cannot create RecorderEndpoint");

    assertThat(kms.kurento.live("RecorderEndpoint")).isEmpty();
    assertThat(kms.kurento.hears(kms.endpoint(0))).containsExactlyInAnyOrder(kms.endpoint(1));
    kms.media.close(call);
    assertThat(kms.listener.reports).isEmpty();
  }

  @Test
  void startingARecordingCallAgainChangesNothing() {
    talking().startRecording(call, voice);

    kms.media.startRecording(call, new RecordingPlan(voice.directory(), "other", false));

    assertThat(kms.kurento.made("RecorderEndpoint")).hasSize(3);
  }

  @Test
  void aRecordingAskedForBeforeAnyoneJoinedStartsWithTheFirstJoin() {
    kms = new MediaOnDouble();
    kms.media.startRecording(call, voice);
    assertThat(kms.kurento.live("MediaPipeline")).isEmpty();

    kms.media.join(call, customer, false, List.of());

    assertThat(state(voice.compositeFile())).isEqualTo("record");
    assertThat(kms.kurento.hears(recorder(voice.partyFile(customer.id()))))
        .containsExactly(kms.endpoint(0));
  }

  private void offer(Party party) {
    kms.media.signal(
        call, party, Party.MEDIA_SERVER_ID, new Description("offer", PlausibleSdp.offer(false)));
  }

  /** A stopAndWait of a recorder, or the release of {@code pipeline}. */
  private static boolean stopsARecorderOrReleases(JsonObject request, String pipeline) {
    JsonObject params = request.getAsJsonObject("params");
    String method = request.get("method").getAsString();
    return ("release".equals(method) && pipeline.equals(params.get("object").getAsString()))
        || ("invoke".equals(method) && "stopAndWait".equals(params.get("operation").getAsString()));
  }
}
