package dev.parley.media.kurento;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.kurento.Topology.Link;
import dev.parley.media.kurento.Topology.Member;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopologyTest {

  private final Member customer = new Member("c", "hc", true);
  private final Member agent = new Member("a", "ha", false);
  private final Member expert = new Member("x", "hx", false);

  @Test
  void twoPartiesFeedEachOtherDirectly() {
    assertThat(Topology.links(List.of(customer, agent), false, null))
        .containsExactlyInAnyOrder(new Link("c", "a"), new Link("a", "c"));
  }

  @Test
  void aPartyAloneIsFedByNobody() {
    assertThat(Topology.links(List.of(agent), false, null)).isEmpty();
  }

  @Test
  void withAHubEveryoneGoesThroughTheirOwnPortBothWays() {
    assertThat(Topology.links(List.of(customer, agent, expert), true, null))
        .containsExactlyInAnyOrder(
            new Link("c", "hc"), new Link("hc", "c"),
            new Link("a", "ha"), new Link("ha", "a"),
            new Link("x", "hx"), new Link("hx", "x"));
  }

  @Test
  void musicIsAllAWaitingCustomerHears() {
    assertThat(Topology.links(List.of(customer), false, "p")).containsExactly(new Link("p", "c"));
  }

  @Test
  void aHeldCustomerHearsMusicAndIsHeardByNobody() {
    assertThat(Topology.links(List.of(customer, agent), false, "p"))
        .containsExactly(new Link("p", "c"));
  }

  @Test
  void aPrivateConsultLeavesTheCustomerOnMusicWhileAgentAndColleagueTalk() {
    assertThat(Topology.links(List.of(customer, agent, expert), true, "p"))
        .containsExactlyInAnyOrder(
            new Link("p", "c"),
            new Link("a", "ha"),
            new Link("ha", "a"),
            new Link("x", "hx"),
            new Link("hx", "x"));
  }
}
