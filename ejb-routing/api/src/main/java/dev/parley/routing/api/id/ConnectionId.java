package dev.parley.routing.api.id;

/**
 * Identity of one live connection of an agent's workstation (a WebSocket session): an agent may
 * hold several at once (tabs, devices). Only unique among the connections open at the same time;
 * never blank.
 */
public final class ConnectionId extends TextId {
  public ConnectionId(String value) {
    super(value, "connection", false);
  }

  public static ConnectionId of(String value) {
    return new ConnectionId(value);
  }
}
