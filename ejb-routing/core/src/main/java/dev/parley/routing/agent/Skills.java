package dev.parley.routing.agent;

import java.util.Map;
import java.util.TreeMap;

/**
 * An agent's skills: name to level 1..10 (languages are skills too). Immutable; names are compared
 * case-insensitively by normalising them to lower case.
 */
public record Skills(Map<String, Integer> levels) {
  public static final Skills NONE = new Skills(Map.of());

  public Skills {
    TreeMap<String, Integer> copy = new TreeMap<>();
    levels.forEach(
        (name, level) -> {
          if (level == null || level < 1 || level > 10) {
            throw new IllegalArgumentException(
                "skill " + name + " level must be 1..10, was " + level);
          }
          copy.put(normalise(name), level);
        });
    levels = Map.copyOf(copy);
  }

  /** Pairs of name, level: {@code Skills.of("spanish", 5, "billing", 3)}. */
  public static Skills of(Object... nameLevelPairs) {
    TreeMap<String, Integer> map = new TreeMap<>();
    for (int i = 0; i < nameLevelPairs.length; i += 2) {
      map.put((String) nameLevelPairs[i], (Integer) nameLevelPairs[i + 1]);
    }
    return new Skills(map);
  }

  /** The level for {@code name}, 0 when the agent lacks it. */
  public int level(String name) {
    // Requirements hold names already normalised: look them up as given before normalising, which
    // would allocate two strings on every eligibility check.
    Integer level = name == null ? null : levels.get(name);
    return level != null ? level : levels.getOrDefault(normalise(name), 0);
  }

  public static String normalise(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("skill name must not be blank");
    }
    return name.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
