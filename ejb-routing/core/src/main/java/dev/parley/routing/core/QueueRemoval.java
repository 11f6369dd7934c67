package dev.parley.routing.core;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.queue.OverflowAction;
import dev.parley.routing.queue.QueueConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes a queue out of routing. Only an idle queue goes: while one of its contacts is open the
 * engine still needs its configuration (offer timeout, wrap-up, dispositions), and while another
 * queue overflows into it an overflow would end contacts instead of moving them. Finished contacts
 * the engine still holds (not yet forgotten) keep the queue's name and need nothing else.
 */
final class QueueRemoval {
  private final EngineState s;

  QueueRemoval(EngineState s) {
    this.s = s;
  }

  void remove(Command.RemoveQueue cmd) {
    QueueId id = s.queue(cmd.queue()).id();
    List<QueueId> feeding = new ArrayList<>();
    for (QueueConfig q : s.configuredQueues()) {
      if (!q.id().equals(id) && (targets(q.overflow(), id) || targets(q.afterHours(), id))) {
        feeding.add(q.id());
      }
    }
    if (!feeding.isEmpty()) {
      feeding.sort(java.util.Comparator.comparing(QueueId::value));
      throw new Refusal("queue " + id + " is the overflow or after-hours target of " + feeding);
    }
    int open = s.openContactsIn(id);
    if (open > 0) {
      throw new Refusal("queue " + id + " still has " + open + " open contact(s)");
    }
    for (Agent a : s.agents.values()) {
      if (a.profile().queues().containsKey(id)) {
        s.leave(a);
        a.updateProfile(without(a.profile(), id));
        s.join(a);
      }
    }
    s.dropQueue(id);
    s.roundRobinLast.remove(id);
  }

  private static boolean targets(OverflowAction action, QueueId id) {
    return action instanceof OverflowAction.ToQueue t && t.target().equals(id);
  }

  private static AgentProfile without(AgentProfile p, QueueId id) {
    Map<QueueId, Integer> queues = new LinkedHashMap<>(p.queues());
    queues.remove(id);
    return new AgentProfile(p.id(), p.skills(), p.capacity(), queues);
  }
}
