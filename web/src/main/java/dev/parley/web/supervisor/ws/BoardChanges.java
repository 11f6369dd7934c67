package dev.parley.web.supervisor.ws;

import dev.parley.routing.api.LiveStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The sections of a newly read board that differ from the board last sent, as the frames that carry
 * them (queues, agents, calls, in that order). A queue's {@code longestWaitSeconds} grows with the
 * clock alone, so it is not a change: wallboards tick it from {@code oldestWaitingSince}. Pure.
 */
final class BoardChanges {
  private BoardChanges() {}

  /** What to send after {@code before} ({@code null}: nothing was sent yet, so everything). */
  static List<SupervisorServerMessage> between(LiveStatus.Board before, LiveStatus.Board now) {
    List<SupervisorServerMessage> out = new ArrayList<>(3);
    if (before == null || !withoutClock(before.queues()).equals(withoutClock(now.queues()))) {
      out.add(new SupervisorServerMessage.Queues(now.at(), now.queues()));
    }
    if (before == null || !before.agents().equals(now.agents())) {
      out.add(new SupervisorServerMessage.Agents(now.at(), now.agents()));
    }
    if (before == null || !before.calls().equals(now.calls())) {
      out.add(new SupervisorServerMessage.Calls(now.at(), now.calls()));
    }
    return out;
  }

  private static List<LiveStatus.QueueStatus> withoutClock(List<LiveStatus.QueueStatus> queues) {
    return queues.stream()
        .map(
            q ->
                new LiveStatus.QueueStatus(
                    q.queue(),
                    q.waiting(),
                    0,
                    q.serviceLevel(),
                    q.serviceLevelTarget(),
                    q.serviceLevelSeconds(),
                    q.oldestWaitingSince(),
                    q.channels(),
                    q.agentsAvailable(),
                    q.agentsBusy(),
                    q.agentsOnBreak()))
        .toList();
  }
}
