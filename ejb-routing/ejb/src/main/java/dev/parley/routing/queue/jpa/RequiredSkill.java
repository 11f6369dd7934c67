package dev.parley.routing.queue.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One row of {@code routing_queue_skill}: the queue needs {@code skill} at {@code minLevel}. */
@Embeddable
public class RequiredSkill {
  @Column(name = "skill", nullable = false, length = 64)
  private String skill;

  @Column(name = "min_level", nullable = false)
  private int minLevel;

  protected RequiredSkill() {}

  public RequiredSkill(String skill, int minLevel) {
    this.skill = skill;
    this.minLevel = minLevel;
  }

  public String skill() {
    return skill;
  }

  public int minLevel() {
    return minLevel;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequiredSkill r && r.skill.equals(skill) && r.minLevel == minLevel;
  }

  @Override
  public int hashCode() {
    return Objects.hash(skill, minLevel);
  }
}
