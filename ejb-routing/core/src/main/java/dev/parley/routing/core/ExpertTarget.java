package dev.parley.routing.core;

import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.queue.SkillRequirement;
import java.util.Objects;

/** Whom an agent asks to consult: anyone with a skill, or a named colleague. */
public sealed interface ExpertTarget {
  record BySkill(SkillRequirement skill) implements ExpertTarget {
    public BySkill {
      Objects.requireNonNull(skill, "skill");
    }
  }

  record Named(AgentId agent) implements ExpertTarget {
    public Named {
      Objects.requireNonNull(agent, "agent");
    }
  }
}
