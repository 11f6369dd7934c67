package dev.parley.routing.core;

import dev.parley.routing.api.id.AgentId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One routing decision about a contact: when, which rule, which relaxation step of the queue's
 * skill requirements was in force (0 = none), who got it (if anyone) and every agent considered and
 * passed over with the reason.
 */
public record Decision(
    Instant at,
    DecisionRule rule,
    String detail,
    int relaxationStep,
    AgentId chosen,
    List<Verdict> passedOver) {
  public Decision {
    passedOver = List.copyOf(passedOver);
  }

  public Optional<AgentId> chosenAgent() {
    return Optional.ofNullable(chosen);
  }

  /** The verdict on {@code agent} in this decision, if it was passed over. */
  public Optional<Verdict> verdictFor(AgentId agent) {
    return passedOver.stream().filter(v -> v.agent().equals(agent)).findFirst();
  }
}
