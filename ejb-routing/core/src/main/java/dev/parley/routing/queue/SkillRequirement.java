package dev.parley.routing.queue;

import dev.parley.routing.agent.Skills;

/** An agent needs {@code skill} at {@code minLevel} or above (1..10). */
public record SkillRequirement(String skill, int minLevel) {
  public SkillRequirement {
    skill = Skills.normalise(skill);
    if (minLevel < 1 || minLevel > 10) {
      throw new IllegalArgumentException(
          "minimum level of " + skill + " must be 1..10, was " + minLevel);
    }
  }

  public static SkillRequirement of(String skill, int minLevel) {
    return new SkillRequirement(skill, minLevel);
  }
}
