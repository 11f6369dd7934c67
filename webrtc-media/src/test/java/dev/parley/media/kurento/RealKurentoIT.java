package dev.parley.media.kurento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.call.CallSignal.Candidate;
import dev.parley.call.CallSignal.Description;
import dev.parley.call.Party;
import dev.parley.call.PartyRole;
import dev.parley.routing.api.id.ContactId;
import java.net.URI;
import java.time.Duration;
import java.util.List;
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
 */
@EnabledIfEnvironmentVariable(named = "PARLEY_KURENTO_URL", matches = ".+")
class RealKurentoIT {

  private static final Duration BOUND = Duration.ofSeconds(15);

  private final String url = System.getenv("PARLEY_KURENTO_URL");
  private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);
  private final RecordingListener listener = new RecordingListener();
  private final ContactId call = ContactId.of("real-kurento-" + System.nanoTime());
  private final Party customer = Party.customer("Ada");
  private final Party agent = Party.agent("bob", PartyRole.AGENT, "Bob", false);
  private final Party expert = Party.agent("eve", PartyRole.EXPERT, "Eve", false);
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

  private void offer(Party party) {
    media.signal(
        call, party, Party.MEDIA_SERVER_ID, new Description("offer", PlausibleSdp.offer(true)));
  }

  private static URI uri(String variable, String otherwise) {
    String value = System.getenv(variable);
    return URI.create(value == null || value.isBlank() ? otherwise : value);
  }
}
