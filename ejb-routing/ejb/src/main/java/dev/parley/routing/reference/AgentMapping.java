package dev.parley.routing.reference;

import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.agent.Capacity;
import dev.parley.routing.agent.Skills;
import dev.parley.routing.agent.jpa.AgentProfileEntity;
import dev.parley.routing.agent.jpa.QueueMembership;
import dev.parley.routing.agent.jpa.SkillLevel;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.admin.AgentRoutingProfile;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.QueueId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Translates agent routing profiles between the admin's {@link AgentRoutingProfile}, the stored
 * {@link AgentProfileEntity} and the engine's {@link AgentProfile}. Pure; invalid values raise
 * {@link IllegalArgumentException}. Capacity is always stored for every channel (defaults filled
 * in), so what the engine uses is what the admin sees.
 */
public final class AgentMapping {
  private AgentMapping() {}

  /** The profile of an agent nobody configured: no skills, default capacity, no queues. */
  public static AgentProfile unconfigured(AgentId id) {
    return new AgentProfile(id, Skills.NONE, Capacity.DEFAULT, Map.of());
  }

  public static AgentProfile toProfile(AgentRoutingProfile p) {
    Skills skills = new Skills(p.skills());
    Capacity capacity = Capacity.DEFAULT;
    for (Map.Entry<String, Integer> c : p.capacity().entrySet()) {
      if (c.getValue() == null) {
        throw new IllegalArgumentException("capacity of " + c.getKey() + " must be a number");
      }
      capacity = capacity.with(QueueMapping.channel(c.getKey()), c.getValue());
    }
    Map<QueueId, Integer> queues = new LinkedHashMap<>();
    p.queues().forEach(m -> queues.put(QueueId.of(m.queue()), m.priority()));
    return new AgentProfile(AgentId.of(p.username()), skills, capacity, queues);
  }

  public static AgentProfile toProfile(AgentProfileEntity e) {
    return toProfile(toDefinition(e));
  }

  public static AgentRoutingProfile toDefinition(AgentProfileEntity e) {
    Map<String, Integer> skills = new TreeMap<>();
    e.skills().forEach(s -> skills.put(s.skill(), s.level()));
    Map<String, Integer> capacity = new LinkedHashMap<>();
    for (Channel c : Channel.values()) {
      capacity.put(c.name(), e.capacity().getOrDefault(c.name(), Capacity.DEFAULT.of(c)));
    }
    return new AgentRoutingProfile(
        e.username(),
        skills,
        capacity,
        e.queues().stream()
            .sorted(Comparator.comparing(QueueMembership::queue))
            .map(m -> new AgentRoutingProfile.Membership(m.queue(), m.priority()))
            .toList());
  }

  /** Writes a profile already checked by {@link #toProfile(AgentRoutingProfile)}. */
  public static void apply(AgentProfile checked, AgentProfileEntity e) {
    Set<SkillLevel> skills = new LinkedHashSet<>();
    checked.skills().levels().forEach((name, level) -> skills.add(new SkillLevel(name, level)));
    Map<String, Integer> capacity = new LinkedHashMap<>();
    for (Channel c : Channel.values()) {
      capacity.put(c.name(), checked.capacity().of(c));
    }
    Set<QueueMembership> queues = new LinkedHashSet<>();
    checked.queues().forEach((q, prio) -> queues.add(new QueueMembership(q.value(), prio)));
    e.update(checked.capacity().chatInterruptibleByCall(), skills, capacity, queues);
  }
}
