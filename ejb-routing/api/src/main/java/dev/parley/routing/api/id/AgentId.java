package dev.parley.routing.api.id;

/** Identity of an agent (the account's username); never blank; canonical through {@link #of}. */
public final class AgentId extends TextId {
  private static final CanonicalIds<AgentId> IDS = new CanonicalIds<>(AgentId::new);

  public AgentId(String value) {
    super(value, "agent", true);
  }

  /** The id of {@code value}; the same instance for the same value (see {@link CanonicalIds}). */
  public static AgentId of(String value) {
    return IDS.of(value);
  }
}
