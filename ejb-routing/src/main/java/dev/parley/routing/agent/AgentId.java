package dev.parley.routing.agent;

/** Identity of an agent; never blank. */
public record AgentId(String value) {
  public AgentId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("agent id must not be blank");
    }
    // One String per id value: the engine's maps then compare ids by reference instead of by
    // content (a cache miss per look-up in large centers). Ids are few and long-lived.
    value = value.intern();
  }

  public static AgentId of(String value) {
    return new AgentId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
