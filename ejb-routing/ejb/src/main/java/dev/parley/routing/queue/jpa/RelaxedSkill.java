package dev.parley.routing.queue.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One row of {@code routing_queue_relaxation_skill}: once a contact has waited {@code
 * afterSeconds}, the queue needs {@code skill} at {@code minLevel} (with the step's other rows).
 */
@Embeddable
public class RelaxedSkill {
  @Column(name = "after_seconds", nullable = false)
  private int afterSeconds;

  @Column(name = "skill", nullable = false, length = 64)
  private String skill;

  @Column(name = "min_level", nullable = false)
  private int minLevel;

  protected RelaxedSkill() {}

  public RelaxedSkill(int afterSeconds, String skill, int minLevel) {
    this.afterSeconds = afterSeconds;
    this.skill = skill;
    this.minLevel = minLevel;
  }

  public int afterSeconds() {
    return afterSeconds;
  }

  public String skill() {
    return skill;
  }

  public int minLevel() {
    return minLevel;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RelaxedSkill r
        && r.afterSeconds == afterSeconds
        && r.skill.equals(skill)
        && r.minLevel == minLevel;
  }

  @Override
  public int hashCode() {
    return Objects.hash(afterSeconds, skill, minLevel);
  }
}
