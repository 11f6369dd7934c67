package dev.parley.media.kurento;

import static dev.parley.media.kurento.LoopbackParties.AGENT_HZ;
import static dev.parley.media.kurento.LoopbackParties.ALL_HZ;
import static dev.parley.media.kurento.LoopbackParties.CUSTOMER_HZ;
import static dev.parley.media.kurento.LoopbackParties.EXPERT_HZ;
import static dev.parley.media.kurento.LoopbackParties.SUPERVISOR_HZ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.call.CallSignal.Candidate;
import dev.parley.call.CallSignal.Description;
import dev.parley.call.MonitorMode;
import dev.parley.call.Party;
import dev.parley.call.PartyRole;
import dev.parley.media.spi.RecordedFile;
import dev.parley.media.spi.RecordingPlan;
import dev.parley.routing.api.id.ContactId;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The scenarios of {@link KurentoMediaTest} against a real Kurento Media Server at {@code
 * PARLEY_KURENTO_URL} (e.g. {@code ws://127.0.0.1:8888/kurento}); skipped when it is not set. Run
 * by failsafe ({@code ./mvnw verify -pl webrtc-media}). A real KMS shows no links to the outside,
 * so these check what it answers and what it holds: answers, candidates, and its pipeline count
 * returning to where it started. Music URIs default to Parley's; override them with {@code
 * PARLEY_KURENTO_TEST_GREETING} and {@code PARLEY_KURENTO_TEST_HOLD} when Parley is not running (a
 * player that cannot fetch its file only logs a warning).
 *
 * <p>Recording and monitoring need media to flow: each party's browser is a {@link LoopbackBrowser}
 * on the same KMS sending a tone of its own (customer 440 Hz, agent 660, expert 880, supervisor
 * 1000) over real WebRTC, and ffmpeg tells which tones reached a file (what a recorder stored, what
 * a party heard); ffprobe tells a file's streams and duration. These need ffmpeg and ffprobe on the
 * PATH (else they are skipped) and a directory KMS reads and writes at the same path, {@code
 * PARLEY_KURENTO_TEST_DIR} (default: the system's temporary directory).
 */
@EnabledIfEnvironmentVariable(named = "PARLEY_KURENTO_URL", matches = ".+")
class RealKurentoIT {

  private static final Duration BOUND = LoopbackParties.BOUND;

  private final String url = System.getenv("PARLEY_KURENTO_URL");
  private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
  private final RecordingListener listener = new RecordingListener();
  private final ContactId call = ContactId.of("real-kurento-" + System.nanoTime());
  private final Party customer = Party.customer("Ada");
  private final Party agent = Party.agent("bob", PartyRole.AGENT, "Bob", false);
  private final Party expert = Party.agent("eve", PartyRole.EXPERT, "Eve", false);
  private final Party supervisor = Party.supervisor("sam", "Sam");
  private LoopbackParties parties;
  private PipelineCount count;
  private int start;
  private KurentoMedia media;

  @BeforeEach
  void connect() {
    count = new PipelineCount(url);
    start = count.now();
    KurentoSettings settings =
        KurentoSettings.of(
            url,
            uri("PARLEY_KURENTO_TEST_GREETING", "http://127.0.0.1:8080/media/greeting.ogg"),
            uri("PARLEY_KURENTO_TEST_HOLD", "http://127.0.0.1:8080/media/hold.ogg"));
    media = new KurentoMedia(settings, listener, executor);
    await().atMost(BOUND).until(media::available);
  }

  @AfterEach
  void tearDown() {
    if (parties != null) {
      parties.close();
    }
    media.shutdown();
    executor.shutdownNow();
    count.close();
  }

  @Test
  void answersTheOfferAndTricklesCandidates() {
    media.join(call, customer, false, List.of());

    media.signal(
        call, customer, Party.MEDIA_SERVER_ID, new Description("offer", PlausibleSdp.offer(true)));

    assertThat(listener.sent(call, Party.CUSTOMER_ID, Description.class))
        .singleElement()
        .satisfies(d -> assertThat(d.sdp()).contains("m=audio", "a=fingerprint"));
    await()
        .atMost(BOUND)
        .until(() -> !listener.sent(call, Party.CUSTOMER_ID, Candidate.class).isEmpty());
    media.signal(
        call,
        customer,
        Party.MEDIA_SERVER_ID,
        new Candidate("candidate:7 1 UDP 2122260223 127.0.0.1 50000 typ host", "0", 0));
    assertThat(listener.failures).isEmpty();
  }

  @Test
  void aCallFromWaitingThroughConsultToHangUpLeavesKurentoAsItWas() {
    media.music(call, true);
    media.join(call, customer, true, List.of());
    offer(customer);
    assertThat(count.now()).isEqualTo(start + 1);

    media.join(call, agent, true, List.of(customer));
    media.music(call, false);
    offer(agent);
    media.music(call, true);
    media.music(call, false);
    media.join(call, expert, true, List.of(customer, agent));
    offer(expert);
    media.leave(call, expert.id(), List.of(customer, agent));
    offer(customer); // an ICE restart: a fresh endpoint

    assertThat(listener.failures).isEmpty();
    media.close(call);
    assertThat(count.now()).isEqualTo(start);
  }

  @Test
  void shutdownReleasesEveryCall() {
    media.join(call, customer, true, List.of());
    media.join(ContactId.of(call.value() + "-2"), customer, true, List.of());
    assertThat(count.now()).isEqualTo(start + 2);

    media.shutdown();

    assertThat(count.now()).isEqualTo(start);
  }

  @Test
  void recordsTheWholeCallAndEachPartyAtOnceLeavingThePauseOut() {
    withMedia();
    RecordingPlan plan = new RecordingPlan(parties.dir().resolve("recordings"), call.value(), true);
    media.join(call, customer, true, List.of());
    parties.connect(customer, CUSTOMER_HZ);
    media.join(call, agent, true, List.of(customer));
    parties.connect(agent, AGENT_HZ);

    long started = System.nanoTime();
    media.startRecording(call, plan);
    parties.keepTalking(Duration.ofSeconds(3));
    media.pauseRecording(call, true);
    long pausedAt = System.nanoTime();
    parties.keepTalking(Duration.ofSeconds(3));
    media.pauseRecording(call, false);
    double paused = seconds(System.nanoTime() - pausedAt);
    media.join(call, expert, true, List.of(customer, agent));
    parties.connect(expert, EXPERT_HZ);
    parties.keepTalking(Duration.ofSeconds(3));
    media.leave(call, expert.id(), List.of(customer, agent));
    parties.keepTalking(Duration.ofSeconds(1));
    media.stopRecording(call);
    double recorded = seconds(System.nanoTime() - started) - paused;

    assertThat(listener.recorded.get(call))
        .extracting(RecordedFile::name)
        .containsExactly(
            plan.compositeFile(),
            plan.partyFile(customer.id()),
            plan.partyFile(agent.id()),
            plan.partyFile(expert.id()));
    Map<String, Double> durations = new LinkedHashMap<>();
    Map<String, Map<Integer, Double>> tones = new LinkedHashMap<>();
    for (RecordedFile file : listener.recorded.get(call)) {
      Path path = plan.directory().resolve(file.name());
      assertThat(path).isNotEmptyFile();
      MediaFiles.Probe probe = MediaFiles.probe(path);
      assertThat(probe.streams()).contains("audio:opus", "video:vp8");
      String who = file.party() == null ? "call" : file.party();
      durations.put(who, probe.duration());
      tones.put(who, MediaFiles.levels(path, ALL_HZ));
      System.out.printf(
          "ffprobe %s: %s%n  tones (Hz=dB): %s%n", file.name(), probe.json(), tones.get(who));
    }
    System.out.printf(
        "recorded for %.1f s, %.1f s paused left out; the whole call's file lasts %.1f s%n",
        recorded, paused, durations.get("call"));
    assertThat(durations.get("call"))
        .as("the whole call lasts as long as it was recorded, the %.1f s paused left out", paused)
        .isBetween(recorded - 2.5, recorded + 0.5);
    assertThat(durations.get(expert.id())).isBetween(1.5, 4.5);
    assertTones(tones.get("call"), List.of(CUSTOMER_HZ, AGENT_HZ, EXPERT_HZ), List.of());
    assertTones(tones.get(customer.id()), List.of(CUSTOMER_HZ), List.of(AGENT_HZ, EXPERT_HZ));
    assertTones(tones.get(agent.id()), List.of(AGENT_HZ), List.of(CUSTOMER_HZ, EXPERT_HZ));
    assertTones(tones.get(expert.id()), List.of(EXPERT_HZ), List.of(CUSTOMER_HZ, AGENT_HZ));

    media.close(call);
    parties.hangUp();
    assertThat(listener.reports).hasSize(1);
    assertThat(listener.failures).isEmpty();
    assertThat(count.now()).isEqualTo(start);
  }

  @Test
  void aSupervisorListensWhispersAndBargesOnOneEndpointAndIsRecordedOnlyWhileBarging() {
    withMedia();
    media.join(call, customer, false, List.of());
    parties.connect(customer, CUSTOMER_HZ);
    media.join(call, agent, false, List.of(customer));
    parties.connect(agent, AGENT_HZ);
    media.monitor(call, supervisor, MonitorMode.LISTEN, List.of(customer, agent));
    parties.connect(supervisor, SUPERVISOR_HZ);
    String c = customer.id();
    String a = agent.id();
    String s = supervisor.id();
    RecordingPlan voice =
        new RecordingPlan(parties.dir().resolve("recordings"), call.value(), false);
    media.startRecording(call, voice);

    Map<String, Map<Integer, Double>> listening = hearIn(MonitorMode.LISTEN);
    Map<String, Map<Integer, Double>> whispering = hearIn(MonitorMode.WHISPER);
    Map<String, Map<Integer, Double>> barging = hearIn(MonitorMode.BARGE);
    Map<String, Map<Integer, Double>> listeningAgain = hearIn(MonitorMode.LISTEN);

    assertTones(listening.get(s), List.of(CUSTOMER_HZ, AGENT_HZ), List.of());
    assertTones(listening.get(c), List.of(AGENT_HZ), List.of(SUPERVISOR_HZ));
    assertTones(listening.get(a), List.of(CUSTOMER_HZ), List.of(SUPERVISOR_HZ));
    assertTones(whispering.get(s), List.of(CUSTOMER_HZ, AGENT_HZ), List.of());
    assertTones(whispering.get(c), List.of(AGENT_HZ), List.of(SUPERVISOR_HZ));
    assertTones(whispering.get(a), List.of(CUSTOMER_HZ, SUPERVISOR_HZ), List.of());
    assertTones(barging.get(s), List.of(CUSTOMER_HZ, AGENT_HZ), List.of());
    assertTones(barging.get(c), List.of(AGENT_HZ, SUPERVISOR_HZ), List.of());
    assertTones(barging.get(a), List.of(CUSTOMER_HZ, SUPERVISOR_HZ), List.of());
    assertTones(listeningAgain.get(c), List.of(AGENT_HZ), List.of(SUPERVISOR_HZ));
    assertTones(listeningAgain.get(a), List.of(CUSTOMER_HZ), List.of(SUPERVISOR_HZ));
    assertThat(listener.sent(call, s, Description.class)).hasSize(1);
    assertThat(listener.failures).isEmpty();

    media.stopRecording(call);

    assertThat(listener.recorded.get(call))
        .extracting(RecordedFile::name)
        .containsExactly(
            voice.compositeFile(), voice.partyFile(c), voice.partyFile(a), voice.partyFile(s));
    for (RecordedFile file : listener.recorded.get(call)) {
      Path path = voice.directory().resolve(file.name());
      MediaFiles.Probe probe = MediaFiles.probe(path);
      System.out.printf(
          "ffprobe %s: %s%n  tones (Hz=dB): %s%n",
          file.name(), probe.json(), MediaFiles.levels(path, ALL_HZ));
      assertThat(probe.streams()).containsExactly("audio:opus");
    }
    Path whole = voice.directory().resolve(voice.compositeFile());
    assertTones(
        MediaFiles.levels(whole, ALL_HZ), List.of(CUSTOMER_HZ, AGENT_HZ, SUPERVISOR_HZ), List.of());
    assertThat(MediaFiles.probe(voice.directory().resolve(voice.partyFile(s))).duration())
        .as("the supervisor is recorded only while barging, one of the four stretches")
        .isBetween(2.0, MediaFiles.probe(whole).duration() / 2);

    media.leave(call, s, List.of(customer, agent));
    media.close(call);
    parties.hangUp();
    assertThat(count.now()).isEqualTo(start);
  }

  /**
   * Puts the supervisor in {@code mode} (they monitor in it already the first time), lets the
   * change settle, then records for a few seconds what each party hears; answers the level of each
   * tone in it, by party.
   */
  private Map<String, Map<Integer, Double>> hearIn(MonitorMode mode) {
    media.monitorMode(call, supervisor.id(), mode, List.of(customer, agent));
    parties.keepTalking(Duration.ofSeconds(1));
    Map<String, Map<Integer, Double>> heard = new LinkedHashMap<>();
    parties
        .hear(mode.name().toLowerCase(Locale.ROOT) + "-" + System.nanoTime(), Duration.ofSeconds(3))
        .forEach(
            (party, file) -> {
              heard.put(party, MediaFiles.levels(file, ALL_HZ));
              System.out.printf("%s: %s hears (Hz=dB) %s%n", mode, party, heard.get(party));
            });
    return heard;
  }

  /** ffmpeg and ffprobe, and a browser per party: what the tests of media need. */
  private void withMedia() {
    assumeTrue(MediaFiles.available(), "needs ffmpeg and ffprobe on the PATH");
    parties = new LoopbackParties(url, media, call, listener);
  }

  /**
   * The tones in {@code levels} ({@link MediaFiles#levels}): {@code heard} and not {@code unheard}.
   */
  private static void assertTones(
      Map<Integer, Double> levels, List<Integer> heard, List<Integer> unheard) {
    for (int hz : heard) {
      assertThat(levels.get(hz))
          .as("the %d Hz tone in %s", hz, levels)
          .isGreaterThan(MediaFiles.PRESENT_DB);
    }
    for (int hz : unheard) {
      assertThat(levels.get(hz))
          .as("the %d Hz tone in %s", hz, levels)
          .isLessThan(MediaFiles.PRESENT_DB);
    }
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private void offer(Party party) {
    media.signal(
        call, party, Party.MEDIA_SERVER_ID, new Description("offer", PlausibleSdp.offer(true)));
  }

  private static URI uri(String variable, String otherwise) {
    String value = System.getenv(variable);
    return URI.create(value == null || value.isBlank() ? otherwise : value);
  }
}
