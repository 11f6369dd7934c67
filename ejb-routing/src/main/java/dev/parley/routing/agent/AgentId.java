package dev.parley.routing.agent;

/** Identity of an agent; never blank. */
public record AgentId(String value) {
  public AgentId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("agent id must not be blank");
    }
  }

  public static AgentId of(String value) {
    return new AgentId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
