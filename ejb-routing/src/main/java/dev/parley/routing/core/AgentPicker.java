package dev.parley.routing.core;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.agent.AgentId;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.SkillRequirement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies a queue's strategy to the agents already found eligible. Every order ends with the
 * agent id, so equal candidates are always picked the same way (determinism for tests and the
 * simulator). Returns the ranking: the first agent gets the offer (all of them under ring all).
 */
final class AgentPicker {
  private static final Comparator<Agent> BY_ID = Comparator.comparing(a -> a.id().value());
  private static final Comparator<Agent> LONGEST_IDLE_FIRST =
      Comparator.comparing(Agent::idleSince).thenComparing(BY_ID);

  private final EngineState s;

  AgentPicker(EngineState s) {
    this.s = s;
  }

  /** {@code eligible} ranked by the queue's strategy, best first. */
  List<Agent> rank(QueueConfig q, List<SkillRequirement> required, List<Agent> eligible) {
    List<Agent> ranked = new ArrayList<>(eligible);
    ranked.sort(BY_ID);
    Comparator<Agent> byPriority =
        Comparator.comparingInt((Agent a) -> -a.profile().priorityIn(q.id()));
    switch (q.strategy()) {
      case LONGEST_IDLE, RING_ALL -> ranked.sort(byPriority.thenComparing(LONGEST_IDLE_FIRST));
      case LINEAR -> ranked.sort(byPriority.thenComparing(BY_ID));
      case LEAST_BUSY -> {
        LocalDate today = s.today();
        ranked.sort(
            Comparator.comparingInt((Agent a) -> a.handledToday(today))
                .thenComparing(LONGEST_IDLE_FIRST));
      }
      case BEST_SKILL ->
          ranked.sort(
              Comparator.comparingInt((Agent a) -> -skillSum(a, required))
                  .thenComparing(LONGEST_IDLE_FIRST));
      case ROUND_ROBIN -> rotateAfter(ranked, s.roundRobinLast.get(q.id()));
      case RANDOM -> {
        if (!ranked.isEmpty()) {
          Agent pick = ranked.remove(s.random.nextInt(ranked.size()));
          ranked.add(0, pick);
        }
      }
    }
    return ranked;
  }

  /** Ring order by id, starting just after the agent offered last (who thus goes last). */
  private static void rotateAfter(List<Agent> byId, AgentId last) {
    if (last == null || byId.isEmpty()) {
      return;
    }
    int start = 0;
    while (start < byId.size() && byId.get(start).id().value().compareTo(last.value()) <= 0) {
      start++;
    }
    List<Agent> rotated = new ArrayList<>(byId.subList(start, byId.size()));
    rotated.addAll(byId.subList(0, start));
    byId.clear();
    byId.addAll(rotated);
  }

  private static int skillSum(Agent a, List<SkillRequirement> required) {
    int sum = 0;
    for (SkillRequirement r : required) {
      sum += a.profile().skills().level(r.skill());
    }
    return sum;
  }
}
