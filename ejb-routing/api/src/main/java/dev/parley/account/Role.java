package dev.parley.account;

import java.util.Arrays;
import java.util.Locale;

/** The roles Parley's security checks; {@link #roleName()} is what the server and the UI see. */
public enum Role {
  AGENT,
  SUPERVISOR,
  ADMIN;

  /** The lower-case role name used in the database, in {@code @RolesAllowed} and in JSON. */
  public String roleName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a role name case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values when the name is unknown
   */
  public static Role fromName(String name) {
    return Arrays.stream(values())
        .filter(r -> r.roleName().equalsIgnoreCase(name == null ? "" : name.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown role '%s' (expected agent, supervisor or admin)".formatted(name)));
  }

  public static final String AGENT_NAME = "agent";
  public static final String SUPERVISOR_NAME = "supervisor";
  public static final String ADMIN_NAME = "admin";
}
