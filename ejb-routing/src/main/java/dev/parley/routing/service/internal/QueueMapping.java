package dev.parley.routing.service.internal;

import dev.parley.routing.contact.Channel;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.ServiceLevelTarget;
import dev.parley.routing.queue.SkillRequirement;
import dev.parley.routing.queue.Strategy;
import dev.parley.routing.queue.jpa.QueueEntity;
import dev.parley.routing.queue.jpa.RequiredSkill;
import dev.parley.routing.service.QueueDefinition;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Translates queues between the admin's {@link QueueDefinition}, the stored {@link QueueEntity}
 * and the engine's {@link QueueConfig}. Pure; invalid values raise {@link
 * IllegalArgumentException} naming the field, before anything is stored.
 */
final class QueueMapping {
  private QueueMapping() {}

  static QueueConfig toConfig(QueueDefinition d) {
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    d.channels().forEach(c -> channels.add(channel(c)));
    List<SkillRequirement> skills =
        d.requiredSkills().stream().map(s -> SkillRequirement.of(s.skill(), s.minLevel())).toList();
    if (d.dispositionRequired() && d.dispositionCodes().isEmpty()) {
      throw new IllegalArgumentException("queue " + d.name() + ": a required disposition needs dispositionCodes");
    }
    return QueueConfig.builder(d.name().strip(), channels.toArray(Channel[]::new))
        .requires(skills.toArray(SkillRequirement[]::new))
        .strategy(strategy(d.strategy()))
        .priority(d.priority())
        .offerTimeout(Duration.ofSeconds(d.offerTimeoutSeconds()))
        .wrapUpTime(Duration.ofSeconds(d.wrapUpSeconds()))
        .serviceLevel(
            new ServiceLevelTarget(d.serviceLevelPercent() / 100.0, Duration.ofSeconds(d.serviceLevelSeconds())))
        .dispositionRequired(d.dispositionRequired())
        .build();
  }

  static QueueConfig toConfig(QueueEntity e) {
    return toConfig(toDefinition(e));
  }

  static QueueDefinition toDefinition(QueueEntity e) {
    return new QueueDefinition(
        e.name(),
        e.channels().stream().sorted(byChannelOrder()).toList(),
        e.priority(),
        e.strategy(),
        e.offerTimeoutSeconds(),
        e.wrapUpSeconds(),
        List.copyOf(e.dispositionCodes()),
        e.dispositionRequired(),
        e.requiredSkills().stream()
            .map(s -> new QueueDefinition.RequiredSkill(s.skill(), s.minLevel()))
            .sorted(java.util.Comparator.comparing(QueueDefinition.RequiredSkill::skill))
            .toList(),
        e.serviceLevelSeconds(),
        e.serviceLevelPercent());
  }

  /** Writes a definition already checked by {@link #toConfig(QueueDefinition)} into the entity. */
  static void apply(QueueDefinition d, QueueConfig checked, QueueEntity e) {
    Set<String> channels = new LinkedHashSet<>();
    checked.channels().stream().sorted().forEach(c -> channels.add(c.name()));
    Set<RequiredSkill> skills = new LinkedHashSet<>();
    checked.requirements().forEach(r -> skills.add(new RequiredSkill(r.skill(), r.minLevel())));
    e.update(
        d.priority(),
        checked.strategy().name(),
        d.offerTimeoutSeconds(),
        d.wrapUpSeconds(),
        d.dispositionRequired(),
        d.serviceLevelSeconds(),
        d.serviceLevelPercent(),
        channels,
        skills,
        d.dispositionCodes().stream().map(String::strip).distinct().toList());
  }

  static Channel channel(String name) {
    try {
      return Channel.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown channel '" + name + "'; expected one of " + List.of(Channel.values()));
    }
  }

  static Strategy strategy(String name) {
    try {
      return Strategy.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown strategy '" + name + "'; expected one of " + List.of(Strategy.values()));
    }
  }

  private static java.util.Comparator<String> byChannelOrder() {
    return java.util.Comparator.comparingInt(c -> channel(c).ordinal());
  }
}
