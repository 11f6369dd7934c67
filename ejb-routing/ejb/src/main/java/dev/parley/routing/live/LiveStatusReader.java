package dev.parley.routing.live;

import dev.parley.routing.agent.jpa.AgentPresenceEntity;
import dev.parley.routing.agent.jpa.AgentProfileEntity;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.LiveStatus;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.core.RoutingEngine;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.store.RoutingStore;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Supervisors' live view: the stored rows it needs are read first ({@link #rows()}, no lock), then
 * the engine's part (waiting, presence, work) under the runtime's lock ({@link #board}).
 */
@Dependent
public class LiveStatusReader {

  @Inject RoutingStore store;

  @Inject Clock clock;

  /** The queues, the agents with a profile, and the agents routing took out (see LiveRows). */
  LiveRows rows() {
    Map<String, LiveRows.Offline> takenOffline = new HashMap<>();
    for (AgentPresenceEntity p : store.takenOffline()) {
      takenOffline.put(p.username(), new LiveRows.Offline(p.breakReason(), p.since()));
    }
    return new LiveRows(
        store.queues().stream()
            .map(
                q ->
                    new LiveRows.QueueRow(
                        q.name(), q.serviceLevelPercent() / 100.0, q.serviceLevelSeconds()))
            .toList(),
        store.profiles().stream().map(AgentProfileEntity::username).toList(),
        takenOffline);
  }

  /** The board as the engine has it now; customer names are left null. Run under the writer. */
  LiveStatus.Board board(RoutingEngine engine, LiveRows rows) {
    Instant now = clock.instant();
    AgentLines agents = AgentLines.read(engine, rows);
    List<LiveStatus.QueueStatus> queues = new ArrayList<>();
    for (LiveRows.QueueRow q : rows.queues()) {
      queues.add(queue(engine, q, agents.staffing(QueueId.of(q.name())), now));
    }
    return new LiveStatus.Board(now, List.copyOf(queues), agents.agents(), agents.calls());
  }

  private static LiveStatus.QueueStatus queue(
      RoutingEngine engine, LiveRows.QueueRow q, int[] staffing, Instant now) {
    QueueId id = QueueId.of(q.name());
    Set<Channel> served = engine.queue(id).map(QueueConfig::channels).orElse(Set.of());
    List<LiveStatus.ChannelWaiting> channels = new ArrayList<>();
    int waiting = 0;
    Instant oldest = null;
    for (Channel ch : Channel.values()) { // in the enum's order, whatever the set's
      if (!served.contains(ch)) {
        continue;
      }
      List<ContactId> line = engine.waiting(id, ch);
      Instant first = null;
      for (ContactId c : line) {
        // by age: a contact back from an agent or transferred keeps its arrival
        first = earlier(first, engine.contact(c).map(Contact.Snapshot::arrivedAt).orElse(now));
      }
      channels.add(new LiveStatus.ChannelWaiting(ch, line.size(), first));
      waiting += line.size();
      oldest = earlier(oldest, first);
    }
    long longest = oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds());
    return new LiveStatus.QueueStatus(
        q.name(),
        waiting,
        longest,
        engine.serviceLevel(id),
        q.serviceLevelTarget(),
        q.serviceLevelSeconds(),
        oldest,
        List.copyOf(channels),
        staffing[Staffing.AVAILABLE.ordinal()],
        staffing[Staffing.BUSY.ordinal()],
        staffing[Staffing.ON_BREAK.ordinal()]);
  }

  private static Instant earlier(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }
}
