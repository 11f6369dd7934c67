package dev.parley.routing.reference;

import dev.parley.routing.queue.BusinessHours;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link References} held in maps, filled by the test. */
final class FakeReferences implements References {
  final Set<String> skills = new HashSet<>();
  final Set<String> queues = new HashSet<>();

  /** Channels per queue; a queue named in {@link #queues} but not here serves every channel. */
  final Map<String, Set<String>> channels = new HashMap<>();

  final Map<String, BusinessHours> calendars = new HashMap<>();
  final Map<String, String> afterHoursTargets = new HashMap<>();

  FakeReferences skills(String... names) {
    skills.addAll(Set.of(names));
    return this;
  }

  FakeReferences queues(String... names) {
    queues.addAll(Set.of(names));
    return this;
  }

  @Override
  public boolean skillExists(String skill) {
    return skills.contains(skill);
  }

  @Override
  public boolean queueExists(String queue) {
    return queues.contains(queue);
  }

  @Override
  public Set<String> channelsOf(String queue) {
    if (!queues.contains(queue)) {
      return Set.of();
    }
    return channels.getOrDefault(queue, Set.of("VOICE", "VIDEO", "CHAT", "EMAIL", "SMS"));
  }

  @Override
  public Optional<BusinessHours> calendar(String name) {
    return Optional.ofNullable(calendars.get(name));
  }

  @Override
  public Optional<String> afterHoursTarget(String queue) {
    return Optional.ofNullable(afterHoursTargets.get(queue));
  }
}
