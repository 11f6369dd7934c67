package dev.parley.routing.api.admin;

import dev.parley.routing.api.RoutingRefusedException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * Reference data for routing: queues, agents' routing profiles, the skills catalogue and
 * business-hours calendars. Every change applies to the running engine at once: a saved queue is
 * reconfigured, a saved profile of a logged-in agent is applied to it (work in progress kept), a
 * saved calendar reconfigures every queue that uses it. Invalid input is a {@link
 * RoutingRefusedException} of kind INVALID and stores nothing; removing something still in use is
 * refused with kind CONFLICT.
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

  /**
   * Deletes an idle queue and takes it out of every agent's profile; finished contacts keep its
   * name. Refused (CONFLICT) while a contact of the queue is open or another queue overflows into
   * it; NOT_FOUND for an unknown queue.
   */
  void deleteQueue(@NotNull String name);

  List<AgentRoutingProfile> agentProfiles();

  Optional<AgentRoutingProfile> agentProfile(@NotNull String username);

  /** Creates or replaces the routing profile of an existing agent account. */
  AgentRoutingProfile saveAgentProfile(@NotNull @Valid AgentRoutingProfile profile);

  List<SkillDefinition> skills();

  Optional<SkillDefinition> skill(@NotNull String name);

  /** Adds a skill to the catalogue; CONFLICT when it exists. */
  SkillDefinition createSkill(@NotNull @Valid SkillDefinition skill);

  /** Removes an unused skill; CONFLICT while a queue or an agent profile names it. */
  void deleteSkill(@NotNull String name);

  List<BusinessHoursDefinition> businessHours();

  Optional<BusinessHoursDefinition> businessHours(@NotNull String name);

  /**
   * Creates or replaces a calendar; queues using it follow the change at once.
   *
   * @return true when it was created
   */
  boolean saveBusinessHours(@NotNull @Valid BusinessHoursDefinition calendar);

  /** Removes an unused calendar; CONFLICT while a queue uses it. */
  void deleteBusinessHours(@NotNull String name);

  /** The engine-wide routing settings in force. */
  RoutingSettingsDefinition routingSettings();

  /**
   * Replaces the engine-wide routing settings; contacts already waiting are re-ordered by the new
   * weights and aging (age kept), the no-answer limit counts from the next unanswered offer.
   *
   * @return the settings as stored
   */
  RoutingSettingsDefinition saveRoutingSettings(@NotNull @Valid RoutingSettingsDefinition settings);
}
