package dev.parley.routing.agent.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One row of {@code routing_agent_skill}. */
@Embeddable
public class SkillLevel {
  @Column(name = "skill", nullable = false, length = 64)
  private String skill;

  @Column(name = "skill_level", nullable = false)
  private int level;

  protected SkillLevel() {}

  public SkillLevel(String skill, int level) {
    this.skill = skill;
    this.level = level;
  }

  public String skill() {
    return skill;
  }

  public int level() {
    return level;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SkillLevel s && s.skill.equals(skill) && s.level == level;
  }

  @Override
  public int hashCode() {
    return Objects.hash(skill, level);
  }
}
