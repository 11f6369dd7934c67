package dev.parley.media.kurento;

import static dev.parley.media.kurento.Topology.Media.AUDIO;
import static dev.parley.media.kurento.Topology.Media.VIDEO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.kurento.Topology.Link;
import dev.parley.media.kurento.Topology.Member;
import dev.parley.media.kurento.Topology.Part;
import dev.parley.media.kurento.Topology.Tap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopologyTest {

  private final Member customer = new Member("c", null, null, null, Part.CUSTOMER);
  private final Member agent = new Member("a", null, null, null, Part.AGENT);
  private final Member customerOnHub = new Member("c", "hc", null, null, Part.CUSTOMER);
  private final Member agentOnHub = new Member("a", "ha", null, null, Part.AGENT);
  private final Member expertOnHub = new Member("x", "hx", null, null, Part.AGENT);
  private final Tap recording = new Tap("hr", "r");

  private static Member supervisor(Part part) {
    return new Member("s", "hs", "ws", null, part);
  }

  private static Member withWhisperPort(Member m, String port) {
    return new Member(m.endpoint(), m.hubPort(), port, m.recorder(), m.part());
  }

  private static Member recordedBy(Member m, String recorder) {
    return new Member(m.endpoint(), m.hubPort(), m.whisperPort(), recorder, m.part());
  }

  @Test
  void twoPartiesFeedEachOtherDirectly() {
    assertThat(Topology.links(List.of(customer, agent), false, null, null))
        .containsExactlyInAnyOrder(new Link("c", "a"), new Link("a", "c"));
  }

  @Test
  void aPartyAloneIsFedByNobody() {
    assertThat(Topology.links(List.of(agent), false, null, null)).isEmpty();
  }

  @Test
  void whenMixedEveryoneGoesThroughTheirOwnPortBothWays() {
    assertThat(Topology.links(List.of(customerOnHub, agentOnHub, expertOnHub), true, null, null))
        .containsExactlyInAnyOrder(
            new Link("c", "hc"), new Link("hc", "c"),
            new Link("a", "ha"), new Link("ha", "a"),
            new Link("x", "hx"), new Link("hx", "x"));
  }

  @Test
  void aHubNobodyTakesAMixFromIsFedByNobody() {
    assertThat(Topology.links(List.of(customerOnHub, agentOnHub), false, null, null))
        .containsExactlyInAnyOrder(new Link("c", "a"), new Link("a", "c"));
  }

  @Test
  void musicIsAllAWaitingCustomerHears() {
    assertThat(Topology.links(List.of(customer), false, "p", null))
        .containsExactly(new Link("p", "c"));
  }

  @Test
  void aHeldCustomerHearsMusicAndIsHeardByNobody() {
    assertThat(Topology.links(List.of(customer, agent), false, "p", null))
        .containsExactly(new Link("p", "c"));
  }

  @Test
  void aPrivateConsultLeavesTheCustomerOnMusicWhileAgentAndColleagueTalk() {
    assertThat(Topology.links(List.of(customerOnHub, agentOnHub, expertOnHub), true, "p", null))
        .containsExactlyInAnyOrder(
            new Link("p", "c"),
            new Link("a", "ha"),
            new Link("ha", "a"),
            new Link("x", "hx"),
            new Link("hx", "x"));
  }

  @Test
  void recordingATwoPartyCallKeepsItDirectAndFeedsTheHubOnlyForTheWholeCallRecorder() {
    Member c = recordedBy(customerOnHub, "rc");
    Member a = recordedBy(agentOnHub, "ra");

    assertThat(Topology.links(List.of(c, a), false, null, recording))
        .containsExactlyInAnyOrder(
            new Link("c", "a"),
            new Link("a", "c"),
            new Link("c", "hc"),
            new Link("a", "ha"),
            new Link("hr", "r"),
            new Link("c", "rc"),
            new Link("a", "ra"));
  }

  @Test
  void theHoldMusicNeverReachesTheWholeCallRecording() {
    Member c = recordedBy(customerOnHub, "rc");
    Member a = recordedBy(agentOnHub, "ra");

    Set<Link> links = Topology.links(List.of(c, a), false, "p", recording);

    assertThat(links)
        .containsExactlyInAnyOrder(
            new Link("p", "c"),
            new Link("a", "ha"),
            new Link("hr", "r"),
            new Link("c", "rc"),
            new Link("a", "ra"));
  }

  @Test
  void aListenerHearsTheMixOfTheCallAndFeedsNobody() {
    Set<Link> links =
        Topology.links(
            List.of(customerOnHub, agentOnHub, supervisor(Part.LISTENER)), false, null, null);

    assertThat(links)
        .containsExactlyInAnyOrder(
            new Link("c", "a"),
            new Link("a", "c"),
            new Link("c", "hc"),
            new Link("a", "ha"),
            new Link("hs", "s"));
  }

  @Test
  void aWhispererIsHeardByTheAgentOnlyWhoKeepsSeeingTheCustomer() {
    Member c = withWhisperPort(customerOnHub, "wc");
    Member a = withWhisperPort(agentOnHub, "wa");

    Set<Link> links = Topology.links(List.of(c, a, supervisor(Part.WHISPERER)), false, null, null);

    assertThat(links)
        .containsExactlyInAnyOrder(
            new Link("a", "c"),
            new Link("c", "a", VIDEO),
            new Link("wa", "a", AUDIO),
            new Link("c", "wc", AUDIO),
            new Link("a", "wa", AUDIO),
            new Link("s", "ws", AUDIO),
            new Link("c", "hc"),
            new Link("a", "ha"),
            new Link("hs", "s"));
  }

  @Test
  void whisperingInAMixedCallCoachesAgentAndExpertButNotTheCustomer() {
    Member c = withWhisperPort(customerOnHub, "wc");
    Member a = withWhisperPort(agentOnHub, "wa");
    Member x = withWhisperPort(expertOnHub, "wx");

    Set<Link> links =
        Topology.links(List.of(c, a, x, supervisor(Part.WHISPERER)), true, null, recording);

    assertThat(links)
        .contains(
            new Link("hc", "c"),
            new Link("ha", "a", VIDEO),
            new Link("wa", "a", AUDIO),
            new Link("hx", "x", VIDEO),
            new Link("wx", "x", AUDIO),
            new Link("s", "ws", AUDIO),
            new Link("hs", "s"))
        .doesNotContain(new Link("s", "hs"), new Link("wc", "c", AUDIO))
        .filteredOn(link -> link.source().equals("s"))
        .containsExactly(new Link("s", "ws", AUDIO));
  }

  @Test
  void aBargerTalksWithEveryoneThroughTheHubAndIsRecorded() {
    Member s = recordedBy(supervisor(Part.BARGER), "rs");

    Set<Link> links = Topology.links(List.of(customerOnHub, agentOnHub, s), true, null, recording);

    assertThat(links)
        .containsExactlyInAnyOrder(
            new Link("c", "hc"), new Link("hc", "c"),
            new Link("a", "ha"), new Link("ha", "a"),
            new Link("s", "hs"), new Link("hs", "s"),
            new Link("hr", "r"), new Link("s", "rs"));
  }

  @Test
  void aBargerMakesAThirdTalkingPartyAListenerOrWhispererDoesNot() {
    assertThat(Topology.needsMixing(List.of(Part.CUSTOMER, Part.AGENT, Part.BARGER))).isTrue();
    assertThat(Topology.needsMixing(List.of(Part.CUSTOMER, Part.AGENT, Part.AGENT))).isTrue();
    assertThat(Topology.needsMixing(List.of(Part.CUSTOMER, Part.AGENT, Part.LISTENER))).isFalse();
    assertThat(Topology.needsMixing(List.of(Part.CUSTOMER, Part.AGENT, Part.WHISPERER))).isFalse();
  }
}
