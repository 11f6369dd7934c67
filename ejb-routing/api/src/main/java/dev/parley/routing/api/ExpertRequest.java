package dev.parley.routing.api;

import dev.parley.routing.api.id.AgentId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Whom an agent pulls in: anyone with {@code skill} at {@code minLevel} or more, or the named
 * colleague {@code agent}; exactly one of the two.
 */
public record ExpertRequest(
    @Size(max = 64) String skill, @Min(0) @Max(10) int minLevel, AgentId agent) {

  public static ExpertRequest bySkill(String skill, int minLevel) {
    return new ExpertRequest(skill, minLevel, null);
  }

  public static ExpertRequest named(AgentId agent) {
    return new ExpertRequest(null, 0, agent);
  }

  @AssertTrue(message = "name either a skill or an agent")
  public boolean isOneTarget() {
    return (skill == null || skill.isBlank()) != (agent == null);
  }
}
