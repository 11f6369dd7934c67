package dev.parley.routing.live;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.LiveStatus;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.PresenceStatus;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.core.RoutingEngine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One pass over the agents with a routing profile, as the engine has them now: each agent's row,
 * how each queue counts its agents ({@link Staffing}), and the calls agents are talking on. Pure;
 * run under the writer. Customer names are left null (the engine does not know them).
 */
final class AgentLines {
  private final List<LiveStatus.AgentStatus> agents = new ArrayList<>();
  private final List<LiveStatus.LiveCall> calls = new ArrayList<>();

  /** Per queue, agents counted by {@link Staffing} ordinal (AVAILABLE, BUSY, ON_BREAK). */
  private final Map<QueueId, int[]> staffing = new HashMap<>();

  private AgentLines() {}

  static AgentLines read(RoutingEngine engine, LiveRows rows) {
    AgentLines lines = new AgentLines();
    for (String username : rows.agents()) {
      lines.add(engine, AgentId.of(username), rows.takenOffline().get(username));
    }
    lines.calls.sort(
        Comparator.comparing(
            LiveStatus.LiveCall::answeredAt, Comparator.nullsLast(Comparator.naturalOrder())));
    return lines;
  }

  List<LiveStatus.AgentStatus> agents() {
    return List.copyOf(agents);
  }

  List<LiveStatus.LiveCall> calls() {
    return List.copyOf(calls);
  }

  /** The queue's agents by {@link Staffing} ordinal: available, busy, on break. */
  int[] staffing(QueueId queue) {
    return staffing.getOrDefault(queue, new int[3]);
  }

  private void add(RoutingEngine engine, AgentId id, LiveRows.Offline offline) {
    Optional<Agent.Snapshot> found = engine.agent(id);
    boolean connected = engine.connected(id);
    if (found.isEmpty()) {
      // Agents routing took out have left the engine; their stored presence says why.
      agents.add(
          new LiveStatus.AgentStatus(
              id.value(),
              PresenceStatus.OFFLINE,
              null,
              offline == null ? null : offline.reason(),
              connected,
              List.of(),
              offline == null ? null : offline.since()));
      return;
    }
    Agent.Snapshot a = found.get();
    Staffing counted = Staffing.of(a);
    if (counted != Staffing.NONE) {
      for (QueueId q : a.profile().queues().keySet()) {
        staffing.computeIfAbsent(q, k -> new int[3])[counted.ordinal()]++;
      }
    }
    List<LiveStatus.Work> work = new ArrayList<>();
    a.work().forEach((c, w) -> work.add(work(engine, id, c, ContactState.valueOf(w.name()))));
    Presence p = a.presence();
    agents.add(
        new LiveStatus.AgentStatus(
            id.value(),
            p.status(),
            p.breakReason(),
            p.offlineReason(),
            connected,
            List.copyOf(work),
            a.presenceSince()));
  }

  /** One contact the agent holds; an ACTIVE customer call is also one of {@link #calls}. */
  private LiveStatus.Work work(
      RoutingEngine engine, AgentId agent, ContactId id, ContactState state) {
    Optional<Contact.Snapshot> found = engine.contact(id);
    if (found.isEmpty()) {
      return new LiveStatus.Work(id.value(), state);
    }
    Contact.Snapshot c = found.get();
    String customer = c.customer().map(CustomerId::value).orElse(null);
    Instant since = c.enteredAt(state).orElse(null);
    if (state == ContactState.ACTIVE && c.channel().isLiveCall() && c.parent().isEmpty()) {
      calls.add(
          new LiveStatus.LiveCall(
              id.value(), c.channel(), c.queue().value(), agent.value(), customer, null, since));
    }
    return new LiveStatus.Work(
        id.value(),
        state,
        c.channel(),
        c.queue().value(),
        customer,
        null,
        since,
        c.parent().orElse(id).value());
  }
}
