package dev.parley.chat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * Entry points, kept by admins (REST {@code /api/admin/entry-points}). Saving checks the whole
 * definition: origins are {@code http(s)://host[:port]} without a path, option ids are unique,
 * every leaf (or a menu without options) names an existing queue that serves chat; a refusal is a
 * {@link dev.parley.routing.api.RoutingRefusedException} (INVALID) naming what is wrong.
 */
public interface EntryPoints {

  /** The entry points as stored ({@code channels} null where the admin left it out). */
  List<EntryPointDefinition> list();

  /** One entry point as stored. */
  Optional<EntryPointDefinition> find(@NotNull String name);

  /**
   * How visitors may talk on {@code entryPoint}: its {@code channels}, or, where the admin left
   * them out, CHAT and whichever calls every queue of its menu serves.
   */
  List<String> channels(@NotNull EntryPointDefinition entryPoint);

  /** Stores the definition (new or replacing); answers whether it was new. */
  boolean save(@NotNull @Valid EntryPointDefinition definition);

  /** Removes it; false when there was none. */
  boolean delete(@NotNull String name);

  /**
   * Whether pages of {@code origin} may use entry point {@code name} (false for either unknown).
   */
  boolean allows(@NotNull String name, String origin);

  /** Whether pages of {@code origin} may use any entry point. */
  boolean allowsAny(String origin);
}
