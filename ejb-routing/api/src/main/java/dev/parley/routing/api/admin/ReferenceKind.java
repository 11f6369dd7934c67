package dev.parley.routing.api.admin;

import java.util.Objects;

/**
 * A kind of routing reference data: definitions that administrators list, look up by key, save and
 * delete through the one generic path of {@link RoutingAdmin}. Each kind is one of the constants
 * below; a new kind (IVR menus, templates) is a definition record, a constant here and its handler
 * in the EJB module.
 *
 * @param <D> the kind's definition record
 */
public final class ReferenceKind<D> {

  /** Queues, by name: created or replaced; deleted when idle. */
  public static final ReferenceKind<QueueDefinition> QUEUE =
      new ReferenceKind<>("queue", QueueDefinition.class);

  /** Agents' routing profiles, by username: saved for an existing account; not deleted here. */
  public static final ReferenceKind<AgentRoutingProfile> AGENT_PROFILE =
      new ReferenceKind<>("agent profile", AgentRoutingProfile.class);

  /** The skills catalogue, by normalised name: created (not replaced); deleted when unused. */
  public static final ReferenceKind<SkillDefinition> SKILL =
      new ReferenceKind<>("skill", SkillDefinition.class);

  /** Business-hours calendars, by name: created or replaced; deleted when unused. */
  public static final ReferenceKind<BusinessHoursDefinition> BUSINESS_HOURS =
      new ReferenceKind<>("business hours", BusinessHoursDefinition.class);

  private final String name;
  private final Class<D> type;

  private ReferenceKind(String name, Class<D> type) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
  }

  /** The kind's name as messages show it ("queue", "skill"). */
  public String name() {
    return name;
  }

  /** The kind's definition record. */
  public Class<D> type() {
    return type;
  }

  @Override
  public String toString() {
    return name;
  }
}
