package dev.parley.routing.core;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.SkillRequirement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Applies a queue's strategy to the agents already found eligible. Every order ends with the agent
 * id, so equal candidates are always picked the same way (determinism for tests and the simulator).
 * Returns the ranking: the first agent gets the offer (all of them under ring all).
 */
final class AgentPicker {
  private static final Comparator<Agent> BY_ID = Comparator.comparing(a -> a.id().value());

  private final EngineState s;

  AgentPicker(EngineState s) {
    this.s = s;
  }

  /** {@code eligible} ranked by the queue's strategy, best first. */
  List<Agent> rank(QueueConfig q, List<SkillRequirement> required, List<Agent> eligible) {
    return rank(q, required, eligible, eligible.size());
  }

  /** {@link #rank(QueueConfig, List, List, int[], int)} with each agent's priority looked up. */
  List<Agent> rank(
      QueueConfig q, List<SkillRequirement> required, List<Agent> eligible, int limit) {
    int[] priority = new int[eligible.size()];
    for (int i = 0; i < priority.length; i++) {
      priority[i] = eligible.get(i).profile().priorityIn(q.id());
    }
    return rank(q, required, eligible, priority, limit);
  }

  /**
   * The best {@code limit} of {@code eligible} by the queue's strategy, best first: the same prefix
   * a full ranking would give, found in one pass for small limits (a queue may have thousands of
   * eligible agents, and only the first gets the offer). {@code priority[i]} is {@code
   * eligible.get(i)}'s agent priority in {@code q}, read once per agent rather than once per
   * comparison.
   */
  List<Agent> rank(
      QueueConfig q,
      List<SkillRequirement> required,
      List<Agent> eligible,
      int[] priority,
      int limit) {
    int n = eligible.size();
    // Every key is read once per agent into an array; comparisons read agents only for ties.
    Agent[] agents = eligible.toArray(new Agent[0]);
    IndexOrder byId = (i, j) -> agents[i].id().value().compareTo(agents[j].id().value());
    IndexOrder byPriority = (i, j) -> Integer.compare(priority[j], priority[i]);
    IndexOrder order =
        switch (q.strategy()) {
          case LONGEST_IDLE, RING_ALL -> priorityThenLongestIdle(agents, priority);
          case LINEAR -> byPriority.then(byId);
          case LEAST_BUSY -> {
            LocalDate today = s.today();
            int[] handled = new int[n];
            for (int i = 0; i < n; i++) {
              handled[i] = agents[i].handledToday(today);
            }
            yield ((IndexOrder) (i, j) -> Integer.compare(handled[i], handled[j]))
                .then(longestIdle(agents))
                .then(byId);
          }
          case BEST_SKILL -> {
            int[] skill = new int[n];
            for (int i = 0; i < n; i++) {
              skill[i] = skillSum(agents[i], required);
            }
            yield ((IndexOrder) (i, j) -> Integer.compare(skill[j], skill[i]))
                .then(longestIdle(agents))
                .then(byId);
          }
          case ROUND_ROBIN -> ringAfter(agents, s.roundRobinLast.get(q.id())).then(byId);
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
    return best(agents, order, limit);
  }

  /** An order of candidates given by their index (keys read from arrays, not looked up). */
  @FunctionalInterface
  private interface IndexOrder {
    int compare(int i, int j);

    default IndexOrder then(IndexOrder next) {
      return (i, j) -> {
        int c = compare(i, j);
        return c != 0 ? c : next.compare(i, j);
      };
    }
  }

  /**
   * The default strategy's order — agent priority, then longest idle, then id — as one comparison
   * rather than a chain of three: a queue of a thousand eligible agents runs it a thousand times
   * per arrival.
   */
  private static IndexOrder priorityThenLongestIdle(Agent[] agents, int[] priority) {
    long[] idle = idleNanos(agents);
    return (i, j) -> {
      int c = Integer.compare(priority[j], priority[i]);
      if (c == 0) {
        c = Long.compare(idle[i], idle[j]);
      }
      return c != 0 ? c : agents[i].id().value().compareTo(agents[j].id().value());
    };
  }

  /** Earliest idle-since first, read once per agent into an array. */
  private static IndexOrder longestIdle(Agent[] agents) {
    long[] idle = idleNanos(agents);
    return (i, j) -> Long.compare(idle[i], idle[j]);
  }

  private static long[] idleNanos(Agent[] agents) {
    long[] idle = new long[agents.length];
    for (int i = 0; i < agents.length; i++) {
      idle[i] = agents[i].idleNanos();
    }
    return idle;
  }

  /** The first {@code limit} of {@code all} in {@code order} (a total order), best first. */
  private static List<Agent> best(Agent[] all, IndexOrder order, int limit) {
    int n = all.length;
    if (limit <= 0) {
      return List.of();
    }
    if (limit >= n / 4) {
      Integer[] idx = new Integer[n];
      for (int i = 0; i < n; i++) {
        idx[i] = i;
      }
      Arrays.sort(idx, order::compare);
      List<Agent> ranked = new ArrayList<>(Math.min(limit, n));
      for (int i = 0; i < Math.min(limit, n); i++) {
        ranked.add(all[idx[i]]);
      }
      return ranked;
    }
    // Bounded insertion: a sorted array of at most limit indexes; most agents fail the first
    // comparison with the current last and cost nothing more.
    int[] top = new int[limit + 1];
    int size = 0;
    for (int i = 0; i < n; i++) {
      if (size == limit && order.compare(i, top[limit - 1]) >= 0) {
        continue;
      }
      int at = size;
      while (at > 0 && order.compare(i, top[at - 1]) < 0) {
        top[at] = top[at - 1];
        at--;
      }
      top[at] = i;
      if (size < limit) {
        size++;
      }
    }
    List<Agent> ranked = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      ranked.add(all[top[k]]);
    }
    return ranked;
  }

  /**
   * Round robin: ring order by id starting just after the agent offered last (who thus goes last);
   * by id alone when nobody was offered yet.
   */
  private static IndexOrder ringAfter(Agent[] agents, AgentId last) {
    if (last == null) {
      return (i, j) -> 0;
    }
    String pivot = last.value();
    int[] lap = new int[agents.length];
    for (int i = 0; i < agents.length; i++) {
      lap[i] = agents[i].id().value().compareTo(pivot) > 0 ? 0 : 1;
    }
    return (i, j) -> Integer.compare(lap[i], lap[j]);
  }

  private static int skillSum(Agent a, List<SkillRequirement> required) {
    int sum = 0;
    for (SkillRequirement r : required) {
      sum += a.profile().skills().level(r.skill());
    }
    return sum;
  }
}
