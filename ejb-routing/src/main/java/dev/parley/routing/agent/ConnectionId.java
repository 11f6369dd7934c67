package dev.parley.routing.agent;

/**
 * Identity of one live connection of an agent's workstation (a WebSocket session): an agent may
 * hold several at once (tabs, devices). Only unique among the connections open at the same time;
 * never blank.
 */
public record ConnectionId(String value) {
  public ConnectionId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("connection id must not be blank");
    }
  }

  public static ConnectionId of(String value) {
    return new ConnectionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
