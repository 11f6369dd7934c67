package dev.parley.routing.queue;

import java.time.Duration;
import java.util.List;

/**
 * After a contact has waited {@code after} in the queue, the queue's requirements are replaced by
 * {@code requirements} (usually fewer skills or lower levels), so a contact is not stranded waiting
 * for a perfect agent.
 */
public record RelaxationStep(Duration after, List<SkillRequirement> requirements) {
  public RelaxationStep {
    if (after == null || after.isNegative() || after.isZero()) {
      throw new IllegalArgumentException("a relaxation step needs a positive wait, was " + after);
    }
    requirements = List.copyOf(requirements);
  }

  public static RelaxationStep after(Duration after, SkillRequirement... requirements) {
    return new RelaxationStep(after, List.of(requirements));
  }
}
