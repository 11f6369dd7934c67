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

  /** Every definition of {@code kind}, as stored. */
  <D> List<D> list(@NotNull ReferenceKind<D> kind);

  /** The definition of {@code kind} with {@code key} (a queue's or calendar's name, a username). */
  <D> Optional<D> find(@NotNull ReferenceKind<D> kind, @NotNull String key);

  /**
   * Saves a definition of {@code kind}: checked (Bean Validation, then the kind's rules, e.g. the
   * skills and calendars a queue names must exist), stored and applied to the running engine in one
   * step. Queues and calendars are created or replaced (queues using a calendar follow it at once);
   * a skill is only created (CONFLICT when it exists); an agent profile needs an existing account.
   */
  <D> Saved<D> save(@NotNull ReferenceKind<D> kind, @NotNull D definition);

  /**
   * Deletes the definition of {@code kind} with {@code key}: a queue only when idle (CONFLICT while
   * a contact of it is open or another queue overflows into it; finished contacts keep its name,
   * and it leaves every agent's profile), a skill or calendar only when unused (CONFLICT while a
   * queue or profile names it); NOT_FOUND for an unknown key; agent profiles are not deleted here
   * (INVALID).
   */
  void delete(@NotNull ReferenceKind<?> kind, @NotNull String key);

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
