package dev.parley.routing.live;

import dev.parley.routing.agent.Agent;
import dev.parley.routing.api.PresenceStatus;

/**
 * How a queue counts one of its agents on the wallboard. On break wins over everything; an agent
 * holding a contact (offered, active or in wrap-up), or in WRAP_UP, is busy; an AVAILABLE agent
 * with a live connection and nothing held is available; anyone else (offline, not responding) is
 * not counted.
 */
enum Staffing {
  AVAILABLE,
  BUSY,
  ON_BREAK,
  NONE;

  static Staffing of(Agent.Snapshot a) {
    PresenceStatus p = a.presenceStatus();
    if (p == PresenceStatus.BREAK) {
      return ON_BREAK;
    }
    if (a.hasWork() || p == PresenceStatus.WRAP_UP) {
      return BUSY;
    }
    return p == PresenceStatus.AVAILABLE && a.connected() ? AVAILABLE : NONE;
  }
}
