package dev.parley.routing.reference;

import dev.parley.routing.queue.BusinessHours;
import dev.parley.routing.queue.jpa.QueueAction;
import dev.parley.routing.queue.jpa.QueueEntity;
import dev.parley.routing.store.RoutingStore;
import java.util.Optional;
import java.util.Set;

/**
 * {@link References} read through the caller's persistence context, so entities changed but not yet
 * flushed in the same transaction (a calendar being saved) are seen as changed.
 */
public final class StoredReferences implements References {
  private final RoutingStore store;

  public StoredReferences(RoutingStore store) {
    this.store = store;
  }

  @Override
  public boolean skillExists(String skill) {
    return store.skill(skill).isPresent();
  }

  @Override
  public boolean queueExists(String queue) {
    return store.queue(queue).isPresent();
  }

  @Override
  public Set<String> channelsOf(String queue) {
    return store.queue(queue).map(q -> Set.copyOf(q.channels())).orElse(Set.of());
  }

  @Override
  public Optional<BusinessHours> calendar(String name) {
    return store.calendar(name).map(CalendarMapping::toHours);
  }

  @Override
  public Optional<String> afterHoursTarget(String queue) {
    return store
        .queue(queue)
        .map(QueueEntity::afterHours)
        .filter(a -> QueueMapping.TO_QUEUE.equals(a.action()))
        .map(QueueAction::queue);
  }
}
