package dev.parley.routing.live;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.agent.jpa.AgentPresenceEntity;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.LiveStatus;
import dev.parley.routing.api.Presence;
import dev.parley.routing.api.PresenceStatus;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.core.RoutingEngine;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.jpa.QueueEntity;
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
import java.util.Optional;

/**
 * Supervisors' live view, read from the engine (waiting, presence, work) under the runtime's lock.
 */
@Dependent
public class LiveStatusReader {

  @Inject RoutingStore store;

  @Inject Clock clock;

  public List<LiveStatus.QueueStatus> queues(RoutingEngine engine) {
    Instant now = clock.instant();
    List<LiveStatus.QueueStatus> out = new ArrayList<>();
    for (QueueEntity q : store.queues()) {
      QueueId id = QueueId.of(q.name());
      Optional<QueueConfig> config = engine.queue(id);
      int waiting = 0;
      Instant oldest = null;
      for (Channel ch : config.map(QueueConfig::channels).orElse(java.util.Set.of())) {
        for (ContactId c : engine.waiting(id, ch)) {
          waiting++;
          Instant arrived = engine.contact(c).map(Contact.Snapshot::arrivedAt).orElse(now);
          oldest = oldest == null || arrived.isBefore(oldest) ? arrived : oldest;
        }
      }
      long longest = oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds());
      out.add(
          new LiveStatus.QueueStatus(
              q.name(),
              waiting,
              longest,
              engine.serviceLevel(id),
              q.serviceLevelPercent() / 100.0,
              q.serviceLevelSeconds()));
    }
    return out;
  }

  public List<LiveStatus.AgentStatus> agents(RoutingEngine engine) {
    // Agents routing took out have left the engine; their stored presence says why.
    Map<String, String> takenOffline = new HashMap<>();
    for (AgentPresenceEntity p : store.takenOffline()) {
      takenOffline.put(p.username(), p.breakReason());
    }
    return store.profiles().stream()
        .map(p -> agent(engine, AgentId.of(p.username()), takenOffline.get(p.username())))
        .toList();
  }

  private static LiveStatus.AgentStatus agent(
      RoutingEngine engine, AgentId id, String offlineReason) {
    Optional<Agent.Snapshot> a = engine.agent(id);
    boolean connected = engine.connected(id);
    if (a.isEmpty()) {
      return new LiveStatus.AgentStatus(
          id.value(), PresenceStatus.OFFLINE, null, offlineReason, connected, List.of());
    }
    List<LiveStatus.Work> work = new ArrayList<>();
    a.get()
        .work()
        .forEach(
            (c, w) -> work.add(new LiveStatus.Work(c.value(), ContactState.valueOf(w.name()))));
    Presence p = a.get().presence();
    return new LiveStatus.AgentStatus(
        id.value(), p.status(), p.breakReason(), p.offlineReason(), connected, work);
  }
}
