package dev.parley.media.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.call.CallSignal;
import dev.parley.call.MonitorMode;
import dev.parley.call.Party;
import dev.parley.call.PartyRole;
import dev.parley.call.Peer;
import dev.parley.media.spi.MediaListener;
import dev.parley.media.spi.RecordedFile;
import dev.parley.routing.api.id.ContactId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallRoomTest {

  private final Party customer = Party.customer("Carla");
  private final Party agent = Party.agent("ann", PartyRole.AGENT, "Ann", false);
  private final Party expert = Party.agent("ed", PartyRole.EXPERT, "Ed", false);
  private final Party colleague = Party.agent("cleo", PartyRole.EXPERT, "Cleo", true);

  @Test
  void theCustomerHearsMusicAloneHeldOrWhileAColleagueTalksPrivatelyWithTheAgent() {
    CallRoom room = new CallRoom();
    room.add(customer);
    assertThat(room.customerHearsMusic()).as("waiting").isTrue();
    room.add(agent);
    assertThat(room.customerHearsMusic()).isFalse();
    assertThat(room.onHold()).isFalse();
    room.held = true;
    assertThat(room.customerHearsMusic()).isTrue();
    room.held = false;
    room.add(colleague);
    assertThat(room.onHold()).isTrue();
    assertThat(room.customerHearsMusic()).isTrue();
    room.remove(colleague.id());
    assertThat(room.onHold()).isFalse();
  }

  @Test
  void aPrivateColleagueNeverMeetsTheCustomer() {
    assertThat(CallRoom.meet(colleague, customer)).isFalse();
    assertThat(CallRoom.meet(customer, colleague)).isFalse();
    assertThat(CallRoom.meet(colleague, agent)).isTrue();
    assertThat(CallRoom.meet(expert, customer)).isTrue();
  }

  @Test
  void aMonitoringSupervisorMeetsOnlyTheAgentAndDoesNotChangeWhatTheCustomerHears() {
    Party supervisor = Party.supervisor("sue", "Sue");
    assertThat(CallRoom.meet(supervisor, agent)).isTrue();
    assertThat(CallRoom.meet(customer, supervisor)).isFalse();
    assertThat(CallRoom.meet(supervisor, expert)).isFalse();
    CallRoom room = new CallRoom();
    room.add(customer);
    room.add(agent);
    room.add(supervisor);
    room.monitors.put(supervisor.id(), MonitorMode.BARGE);
    assertThat(room.customerHearsMusic()).isFalse();
    assertThat(room.onHold()).isFalse();
    assertThat(room.agent()).isEqualTo(agent);
    room.remove(supervisor.id());
    assertThat(room.monitors).isEmpty();
  }

  @Test
  void peerToPeerASupervisorOffersToTheAgentOnly() {
    PeerToPeerMedia media = new PeerToPeerMedia(null);
    Party supervisor = Party.supervisor("sue", "Sue");
    List<Peer> peers =
        media.monitor(
            ContactId.of("c-1"), supervisor, MonitorMode.LISTEN, List.of(customer, agent, expert));
    assertThat(peers).containsExactly(new Peer(agent.id(), PartyRole.AGENT, "Ann", true));
  }

  @Test
  void aRejoinStartsANewGenerationSoAnOldLossDoesNotTakeThePartyOut() {
    CallRoom room = new CallRoom();
    int first = room.add(agent);
    int second = room.add(agent);
    assertThat(room.sameGeneration(agent.id(), first)).isFalse();
    assertThat(room.sameGeneration(agent.id(), second)).isTrue();
  }

  @Test
  void peerToPeerTheNewcomerOffersToEveryoneItMeetsAndSignalsAreRelayed() {
    List<String> relayed = new ArrayList<>();
    MediaListener listener =
        new MediaListener() {
          @Override
          public void signal(ContactId call, String to, String from, CallSignal signal) {
            relayed.add(from + "->" + to);
          }

          @Override
          public void failed(ContactId call, String reason) {}

          @Override
          public void recorded(ContactId call, List<RecordedFile> files) {}
        };
    PeerToPeerMedia media = new PeerToPeerMedia(listener);
    ContactId call = ContactId.of("c-1");
    List<Peer> peers = media.join(call, colleague, true, List.of(customer, agent));
    assertThat(peers).extracting(Peer::id).containsExactly(agent.id());
    assertThat(peers).allMatch(Peer::offer);
    media.signal(call, colleague, agent.id(), new CallSignal.Description("offer", "v=0"));
    assertThat(relayed).containsExactly(colleague.id() + "->" + agent.id());
    assertThat(media.pipelines()).isZero();
  }
}
