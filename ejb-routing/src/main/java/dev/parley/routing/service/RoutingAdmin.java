package dev.parley.routing.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * Reference data for routing. A saved queue applies to the running engine at once; a saved agent
 * profile applies the next time the agent goes from OFFLINE to a presence (the engine has no
 * command to change a logged-in agent's profile yet).
 */
public interface RoutingAdmin {

  List<QueueDefinition> queues();

  Optional<QueueDefinition> queue(@NotNull String name);

  /**
   * Creates or replaces a queue.
   *
   * @return true when it was created
   */
  boolean saveQueue(@NotNull @Valid QueueDefinition queue);

  List<AgentRoutingProfile> agentProfiles();

  Optional<AgentRoutingProfile> agentProfile(@NotNull String username);

  /** Creates or replaces the routing profile of an existing agent account. */
  AgentRoutingProfile saveAgentProfile(@NotNull @Valid AgentRoutingProfile profile);
}
