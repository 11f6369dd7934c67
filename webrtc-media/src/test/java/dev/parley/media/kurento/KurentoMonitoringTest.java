package dev.parley.media.kurento;

import static dev.parley.media.kurento.MediaOnDouble.BOUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.call.CallSignal.Candidate;
import dev.parley.call.CallSignal.Description;
import dev.parley.call.MonitorMode;
import dev.parley.call.Party;
import dev.parley.call.PartyRole;
import dev.parley.call.Peer;
import dev.parley.media.spi.RecordedFile;
import dev.parley.media.spi.RecordingPlan;
import dev.parley.routing.api.id.ContactId;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A supervisor monitoring a call in Kurento mode: {@link KurentoMedia} driving the real Kurento
 * client against the {@link KurentoProtocolDouble}, which tells whose audio reaches each endpoint
 * through direct links and hubs alike.
 */
class KurentoMonitoringTest {

  private final ContactId call = ContactId.of("c-1");
  private final Party customer = Party.customer("Ada");
  private final Party agent = Party.agent("bob", PartyRole.AGENT, "Bob", false);
  private final Party expert = Party.agent("eve", PartyRole.EXPERT, "Eve", false);
  private final Party supervisor = Party.supervisor("sam", "Sam");
  private MediaOnDouble kms;
  private String c;
  private String a;

  /** A call of customer and agent, talking directly. */
  @BeforeEach
  void talking() {
    kms = new MediaOnDouble();
    kms.media.join(call, customer, true, List.of());
    kms.media.join(call, agent, true, List.of(customer));
    c = kms.endpoint(0);
    a = kms.endpoint(1);
  }

  @AfterEach
  void tearDown() {
    kms.close();
  }

  /** The supervisor starts monitoring in {@code mode}; answers their endpoint. */
  private String monitor(MonitorMode mode) {
    kms.media.monitor(call, supervisor, mode, List.of(customer, agent));
    return kms.kurento.live("WebRtcEndpoint").get(kms.kurento.live("WebRtcEndpoint").size() - 1);
  }

  @Test
  void theSupervisorsBrowserOffersToTheMediaServerLikeAnyParty() {
    List<Peer> peers = kms.media.monitor(call, supervisor, MonitorMode.LISTEN, List.of());

    assertThat(peers)
        .containsExactly(
            new Peer(Party.MEDIA_SERVER_ID, PartyRole.SUPERVISOR, "Media server", true));

    kms.media.signal(
        call,
        supervisor,
        Party.MEDIA_SERVER_ID,
        new Description("offer", PlausibleSdp.offer(true)));

    assertThat(kms.listener.sent(call, supervisor.id(), Description.class))
        .singleElement()
        .satisfies(d -> assertThat(d.type()).isEqualTo("answer"));
    await()
        .atMost(BOUND)
        .until(() -> !kms.listener.sent(call, supervisor.id(), Candidate.class).isEmpty());
  }

  @Test
  void aListenerHearsCustomerAndAgentWhoKeepTalkingDirectlyAndHearNothingOfThem() {
    String s = monitor(MonitorMode.LISTEN);

    assertThat(kms.kurento.hears(s)).containsExactlyInAnyOrder(c, a);
    assertThat(kms.kurento.sourceOf(c)).isEqualTo(a);
    assertThat(kms.kurento.sourceOf(a)).isEqualTo(c);
    assertThat(kms.kurento.live("Composite")).hasSize(1);
  }

  @Test
  void aWhispererIsHeardByTheAgentWhoStillSeesTheCustomerAndNotByTheCustomer() {
    String s = monitor(MonitorMode.WHISPER);

    assertThat(kms.kurento.hears(s)).containsExactlyInAnyOrder(c, a);
    assertThat(kms.kurento.hears(a)).containsExactlyInAnyOrder(c, s);
    assertThat(kms.kurento.sourceOf(a, "VIDEO")).isEqualTo(c);
    assertThat(kms.kurento.hears(c)).containsExactly(a);
  }

  @Test
  void aBargerIsHeardByEveryone() {
    String s = monitor(MonitorMode.BARGE);

    assertThat(kms.kurento.hears(s)).containsExactlyInAnyOrder(c, a);
    assertThat(kms.kurento.hears(a)).containsExactlyInAnyOrder(c, s);
    assertThat(kms.kurento.hears(c)).containsExactlyInAnyOrder(a, s);
  }

  @Test
  void switchingModesRewiresTheSameNegotiatedEndpoint() {
    String s = monitor(MonitorMode.LISTEN);
    kms.media.signal(
        call,
        supervisor,
        Party.MEDIA_SERVER_ID,
        new Description("offer", PlausibleSdp.offer(true)));

    kms.media.monitorMode(call, supervisor.id(), MonitorMode.WHISPER, List.of(customer, agent));

    assertThat(kms.kurento.hears(a)).containsExactlyInAnyOrder(c, s);
    assertThat(kms.kurento.hears(c)).containsExactly(a);

    kms.media.monitorMode(call, supervisor.id(), MonitorMode.BARGE, List.of(customer, agent));

    assertThat(kms.kurento.hears(c)).containsExactlyInAnyOrder(a, s);
    assertThat(kms.kurento.hears(a)).containsExactlyInAnyOrder(c, s);
    assertThat(kms.kurento.hears(s)).containsExactlyInAnyOrder(c, a);

    kms.media.monitorMode(call, supervisor.id(), MonitorMode.LISTEN, List.of(customer, agent));

    assertThat(kms.kurento.hears(c)).containsExactly(a);
    assertThat(kms.kurento.hears(a)).containsExactly(c);
    assertThat(kms.kurento.hears(s)).containsExactlyInAnyOrder(c, a);
    assertThat(kms.kurento.live("WebRtcEndpoint")).containsExactly(c, a, s);
    assertThat(kms.kurento.invocations("processOffer")).hasSize(1);
  }

  @Test
  void whisperingInAConsultCoachesAgentAndExpertButNotTheCustomer() {
    kms.media.join(call, expert, true, List.of(customer, agent));
    String x = kms.endpoint(2);

    String s = monitor(MonitorMode.WHISPER);

    assertThat(kms.kurento.hears(c)).containsExactlyInAnyOrder(a, x);
    assertThat(kms.kurento.hears(a)).containsExactlyInAnyOrder(c, x, s);
    assertThat(kms.kurento.hears(x)).containsExactlyInAnyOrder(c, a, s);
    assertThat(kms.kurento.hears(s)).containsExactlyInAnyOrder(c, a, x);
  }

  @Test
  void aListenerDoesNotHearTheHoldMusic() {
    String s = monitor(MonitorMode.LISTEN);

    kms.media.music(call, true);

    assertThat(kms.kurento.hears(s)).containsExactly(a);
    assertThat(kms.kurento.hears(c)).containsExactly(kms.kurento.live("PlayerEndpoint").get(0));
  }

  @Test
  void theSupervisorLeavingReleasesTheirElementsAndTheCallGoesOn() {
    String s = monitor(MonitorMode.WHISPER);
    int ports = kms.kurento.live("HubPort").size();

    kms.media.leave(call, supervisor.id(), List.of(customer, agent));

    assertThat(kms.kurento.live("WebRtcEndpoint")).containsExactly(c, a);
    assertThat(kms.kurento.live("HubPort")).hasSize(ports - 2);
    assertThat(kms.kurento.hears(c)).containsExactly(a);
    assertThat(kms.kurento.hears(a)).containsExactly(c);
    assertThat(kms.kurento.hears(s)).isEmpty();
  }

  @Test
  void onlyABargingSupervisorIsRecordedAndEachBargeInItsOwnFile() {
    RecordingPlan plan = new RecordingPlan(Path.of("/srv/rec"), "c-1", true);
    kms.media.startRecording(call, plan);
    String s = monitor(MonitorMode.LISTEN);
    String whole = kms.recorder(plan.compositeFile());

    assertThat(kms.kurento.hears(whole)).containsExactlyInAnyOrder(c, a);
    assertThat(kms.kurento.made("RecorderEndpoint")).hasSize(3);

    kms.media.monitorMode(call, supervisor.id(), MonitorMode.BARGE, List.of(customer, agent));

    assertThat(kms.kurento.hears(whole)).containsExactlyInAnyOrder(c, a, s);
    String first = kms.recorder(plan.partyFile(supervisor.id()));
    assertThat(kms.kurento.hears(first)).containsExactly(s);
    assertThat(kms.kurento.recorderState(first)).isEqualTo("record");

    kms.media.monitorMode(call, supervisor.id(), MonitorMode.WHISPER, List.of(customer, agent));

    assertThat(kms.kurento.recorderState(first)).isEqualTo("stopAndWait");
    assertThat(kms.kurento.hears(whole)).containsExactlyInAnyOrder(c, a);

    kms.media.monitorMode(call, supervisor.id(), MonitorMode.BARGE, List.of(customer, agent));
    kms.media.stopRecording(call);

    assertThat(kms.listener.recorded.get(call))
        .extracting(RecordedFile::name)
        .containsExactly(
            "c-1.webm",
            "c-1.customer.webm",
            "c-1.agent_bob.webm",
            "c-1.supervisor_sam.webm",
            "c-1.supervisor_sam.2.webm");
  }

  @Test
  void hangingUpWithASupervisorLeavesKurentoAsItWas() {
    try (PipelineCount count = new PipelineCount(kms.kurento.url())) {
      monitor(MonitorMode.WHISPER);
      assertThat(count.now()).isEqualTo(1);

      kms.media.close(call);

      assertThat(count.now()).isZero();
      assertThat(kms.media.pipelines()).isZero();
      assertThat(kms.kurento.live("HubPort")).isEmpty();
    }
  }
}
