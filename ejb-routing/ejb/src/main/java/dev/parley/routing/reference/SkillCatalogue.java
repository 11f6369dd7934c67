package dev.parley.routing.reference;

import dev.parley.routing.agent.Skills;
import dev.parley.routing.api.admin.SkillDefinition;
import dev.parley.routing.skill.SkillKind;
import dev.parley.routing.skill.jpa.SkillEntity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Rules of the skills catalogue. Pure; invalid values raise {@link IllegalArgumentException}. Names
 * are normalised exactly as the engine normalises them, so "Spanish" in the catalogue and "spanish"
 * in a requirement are the same skill.
 */
public final class SkillCatalogue {
  private SkillCatalogue() {}

  /** The definition as it will be stored: name normalised, kind defaulted to SKILL. */
  public static SkillDefinition normalise(SkillDefinition d) {
    String name = Skills.normalise(d.name());
    if (name.length() > 64) {
      throw new IllegalArgumentException("skill name must be at most 64 characters");
    }
    return new SkillDefinition(name, kind(d.kind()).name());
  }

  public static SkillKind kind(String name) {
    if (name == null || name.isBlank()) {
      return SkillKind.SKILL;
    }
    try {
      return SkillKind.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown skill kind '"
              + name
              + "'; expected one of "
              + Arrays.toString(SkillKind.values()));
    }
  }

  public static SkillDefinition toDefinition(SkillEntity e) {
    return new SkillDefinition(e.name(), e.kind());
  }

  /** Refuses the first of {@code skills} (normalised names) the catalogue does not hold. */
  public static void requireKnown(Iterable<String> skills, Predicate<String> known, String where) {
    for (String s : skills) {
      if (!known.test(s)) {
        throw new IllegalArgumentException(
            where + " names unknown skill '" + s + "'; add it to the skills catalogue first");
      }
    }
  }

  /** Why a skill may not be deleted, or null when nothing uses it. */
  public static String inUse(String skill, List<String> queues, List<String> agents) {
    if (queues.isEmpty() && agents.isEmpty()) {
      return null;
    }
    StringBuilder why = new StringBuilder("skill '" + skill + "' is in use by");
    if (!queues.isEmpty()) {
      why.append(" queues ").append(queues);
    }
    if (!agents.isEmpty()) {
      why.append(queues.isEmpty() ? "" : " and").append(" agents ").append(agents);
    }
    return why.toString();
  }
}
