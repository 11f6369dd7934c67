package dev.parley.web.supervisor.ws;

import static dev.parley.web.supervisor.ws.SupervisorCodecTest.AGENT;
import static dev.parley.web.supervisor.ws.SupervisorCodecTest.AT;
import static dev.parley.web.supervisor.ws.SupervisorCodecTest.CALL;
import static dev.parley.web.supervisor.ws.SupervisorCodecTest.QUEUE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.routing.api.LiveStatus;
import dev.parley.routing.api.PresenceStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardChangesTest {

  private static final LiveStatus.Board BOARD =
      new LiveStatus.Board(AT, List.of(QUEUE), List.of(AGENT), List.of(CALL));

  @Test
  void everySectionIsSentWhenNothingWasSentBefore() {
    assertThat(BoardChanges.between(null, BOARD))
        .extracting(m -> m.getClass().getSimpleName())
        .containsExactly("Queues", "Agents", "Calls");
  }

  @Test
  void anUnchangedBoardSendsNothingEvenAsWaitsGrowOlder() {
    LiveStatus.QueueStatus older =
        new LiveStatus.QueueStatus(
            QUEUE.queue(),
            QUEUE.waiting(),
            QUEUE.longestWaitSeconds() + 30,
            QUEUE.serviceLevel(),
            QUEUE.serviceLevelTarget(),
            QUEUE.serviceLevelSeconds(),
            QUEUE.oldestWaitingSince(),
            QUEUE.channels(),
            QUEUE.agentsAvailable(),
            QUEUE.agentsBusy(),
            QUEUE.agentsOnBreak());
    LiveStatus.Board later =
        new LiveStatus.Board(AT.plusSeconds(30), List.of(older), List.of(AGENT), List.of(CALL));

    assertThat(BoardChanges.between(BOARD, later)).isEmpty();
  }

  @Test
  void onlyTheSectionThatChangedIsSentWithTheNewReadTime() {
    LiveStatus.AgentStatus back =
        new LiveStatus.AgentStatus(
            AGENT.username(),
            PresenceStatus.AVAILABLE,
            null,
            null,
            true,
            AGENT.contacts(),
            AT.plusSeconds(5));
    LiveStatus.Board later =
        new LiveStatus.Board(AT.plusSeconds(5), List.of(QUEUE), List.of(back), List.of(CALL));

    assertThat(BoardChanges.between(BOARD, later))
        .containsExactly(new SupervisorServerMessage.Agents(AT.plusSeconds(5), List.of(back)));
  }
}
