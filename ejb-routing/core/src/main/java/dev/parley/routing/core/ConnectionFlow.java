package dev.parley.routing.core;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.api.Presence;
import java.time.Duration;

/**
 * Presence follows the agent's connections (when {@link RoutingSettings#followsConnections()}): a
 * logged-in agent is offered work only while one of its workstation connections is live; when the
 * last one is gone a grace period starts, and an agent still without a connection at its end leaves
 * routing. A reload or a short network drop therefore changes nothing but a few seconds without new
 * offers; offers already ringing ring on, and accepted contacts always stay with the agent. Without
 * it, connections are recorded and nothing else happens.
 */
final class ConnectionFlow {
  private final EngineState s;
  private final Router router;

  ConnectionFlow(EngineState s, Router router) {
    this.s = s;
    this.router = router;
  }

  void connected(Command.AgentConnected cmd) {
    if (!s.connections.open(cmd.agent(), cmd.connection()) || !s.settings.followsConnections()) {
      return;
    }
    s.connections.stopGrace(cmd.agent(), s.timers);
    Agent a = s.agents.get(cmd.agent());
    if (a != null) {
      a.setConnected(true);
      s.dirtyAgents.add(a); // back in routing: it takes what waits for it
    }
  }

  void disconnected(Command.AgentDisconnected cmd) {
    if (!s.connections.close(cmd.agent(), cmd.connection()) || !s.settings.followsConnections()) {
      return;
    }
    Agent a = s.agents.get(cmd.agent());
    if (a != null) {
      follow(a);
    }
  }

  /**
   * For an agent that just logged in or was restored, or lost its last connection: whether it is
   * connected now, and if it is not, the start of its grace period.
   */
  void follow(Agent a) {
    if (!s.settings.followsConnections()) {
      return;
    }
    boolean connected = s.connections.isConnected(a.id());
    a.setConnected(connected);
    s.connections.stopGrace(a.id(), s.timers);
    if (!connected) {
      Duration grace = s.settings.connectionGrace();
      s.connections.startGrace(
          a.id(),
          s.timers.schedule(s.now.plus(grace), Timers.Kind.CONNECTION_GRACE, null, a.id(), 0));
    }
  }

  /**
   * The grace period of an agent without a connection is over: it leaves routing. Its ringing
   * offers are withdrawn and routed to others with their age kept; contacts it accepted stay with
   * it (it stays in the engine, OFFLINE, until the last one is finished). Stale timers (the agent
   * came back, or logged out) are ignored.
   */
  void graceOver(Timers.Timer t) {
    if (!s.connections.graceOver(t)) {
      return;
    }
    Agent a = s.agents.get(t.agent());
    if (a == null || a.connected()) {
      return;
    }
    // Presence first, so the contacts taken back are not offered to this agent again.
    s.presence(a, Presence.CONNECTION_LOST);
    router.withdrawOffersTo(a, Presence.CONNECTION_LOST.reason());
    s.logOutIfIdle(a);
  }
}
