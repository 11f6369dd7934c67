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
    return rank(q, required, eligible, eligible.size());
  }

  /**
   * The best {@code limit} of {@code eligible} by the queue's strategy, best first: the same
   * prefix a full ranking would give, found in one pass for small limits (a queue may have
   * thousands of eligible agents, and only the first gets the offer).
   */
  List<Agent> rank(QueueConfig q, List<SkillRequirement> required, List<Agent> eligible, int limit) {
    Comparator<Agent> byPriority =
        Comparator.comparingInt((Agent a) -> -a.profile().priorityIn(q.id()));
    Comparator<Agent> order =
        switch (q.strategy()) {
          case LONGEST_IDLE, RING_ALL -> byPriority.thenComparing(LONGEST_IDLE_FIRST);
          case LINEAR -> byPriority.thenComparing(BY_ID);
          case LEAST_BUSY -> {
            LocalDate today = s.today();
            yield Comparator.comparingInt((Agent a) -> a.handledToday(today))
                .thenComparing(LONGEST_IDLE_FIRST);
          }
          case BEST_SKILL ->
              Comparator.comparingInt((Agent a) -> -skillSum(a, required))
                  .thenComparing(LONGEST_IDLE_FIRST);
          case ROUND_ROBIN -> ringAfter(s.roundRobinLast.get(q.id()));
          case RANDOM -> null;
        };
    if (order == null) {
      List<Agent> ranked = new ArrayList<>(eligible);
      ranked.sort(BY_ID);
      if (!ranked.isEmpty()) {
        Agent pick = ranked.remove(s.random.nextInt(ranked.size()));
        ranked.add(0, pick);
      }
      return ranked.subList(0, Math.min(limit, ranked.size()));
    }
    return best(eligible, order, limit);
  }

  /** The first {@code limit} of {@code all} in {@code order} (a total order), best first. */
  private static List<Agent> best(List<Agent> all, Comparator<Agent> order, int limit) {
    if (limit >= all.size() / 4) {
      List<Agent> ranked = new ArrayList<>(all);
      ranked.sort(order);
      return ranked.subList(0, Math.min(limit, ranked.size()));
    }
    // Bounded insertion: a sorted list of at most limit agents; most agents fail the first
    // comparison with the current last and cost nothing more.
    List<Agent> top = new ArrayList<>(limit + 1);
    for (Agent a : all) {
      if (top.size() == limit && order.compare(a, top.get(limit - 1)) >= 0) {
        continue;
      }
      int at = top.size();
      while (at > 0 && order.compare(a, top.get(at - 1)) < 0) {
        at--;
      }
      top.add(at, a);
      if (top.size() > limit) {
        top.remove(limit);
      }
    }
    return top;
  }

  /**
   * Round robin: ring order by id starting just after the agent offered last (who thus goes
   * last); by id alone when nobody was offered yet.
   */
  private static Comparator<Agent> ringAfter(AgentId last) {
    if (last == null) {
      return BY_ID;
    }
    String pivot = last.value();
    return Comparator.comparingInt((Agent a) -> a.id().value().compareTo(pivot) > 0 ? 0 : 1)
        .thenComparing(BY_ID);
  }

  private static int skillSum(Agent a, List<SkillRequirement> required) {
    int sum = 0;
    for (SkillRequirement r : required) {
      sum += a.profile().skills().level(r.skill());
    }
    return sum;
  }
}
