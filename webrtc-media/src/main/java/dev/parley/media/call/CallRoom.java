package dev.parley.media.call;

import dev.parley.call.MonitorMode;
import dev.parley.call.Party;
import dev.parley.call.PartyRole;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * One call's membership, guarded by the room's own monitor: who is in its media (in join order),
 * whether the agent holds it, whether the customer keeps their place away from the call (virtual
 * hold) and the timers running for it. The customer hears music while held, while a private party
 * talks with the agent, or while no agent is in the call.
 */
final class CallRoom {

  private final Map<String, Party> parties = new LinkedHashMap<>();

  /** Bumped on every join of a party: a pending "lost" timer only fires for its own generation. */
  private final Map<String, Integer> generations = new LinkedHashMap<>();

  boolean held;

  /** The monitoring supervisors (party ids, in the room too) and their modes. */
  final Map<String, MonitorMode> monitors = new LinkedHashMap<>();

  /** Virtual hold: ring-back time in seconds while the customer is away, else 0. */
  int ringBackSeconds;

  Future<?> ringTimer;

  boolean music;

  /** The hold the parties were last told of. */
  boolean toldHold;

  List<Party> others(String party) {
    List<Party> others = new ArrayList<>();
    for (Party p : parties.values()) {
      if (!p.id().equals(party)) {
        others.add(p);
      }
    }
    return others;
  }

  List<Party> parties() {
    return List.copyOf(parties.values());
  }

  Party find(String party) {
    return parties.get(party);
  }

  boolean contains(String party) {
    return parties.containsKey(party);
  }

  int add(Party party) {
    parties.put(party.id(), party);
    return generations.merge(party.id(), 1, Integer::sum);
  }

  boolean remove(String party) {
    monitors.remove(party);
    return parties.remove(party) != null;
  }

  /** The party that has the call as its agent, or null. */
  Party agent() {
    return parties.values().stream()
        .filter(p -> p.role() == PartyRole.AGENT)
        .findFirst()
        .orElse(null);
  }

  boolean sameGeneration(String party, int generation) {
    return parties.containsKey(party) && generations.getOrDefault(party, 0) == generation;
  }

  int generation(String party) {
    return generations.getOrDefault(party, 0);
  }

  boolean isEmpty() {
    return parties.isEmpty();
  }

  /** Held by the agent or by a private consult going on. */
  boolean onHold() {
    return held || parties.values().stream().anyMatch(Party::privately);
  }

  /** Whether the customer should hear music now (and not the agents). */
  boolean customerHearsMusic() {
    boolean agentWithCustomer = false;
    for (Party p : parties.values()) {
      if (p.privately()) {
        return true;
      }
      if (p.role() == PartyRole.AGENT || p.role() == PartyRole.EXPERT) {
        agentWithCustomer = true;
      }
    }
    return held || !agentWithCustomer;
  }

  /**
   * Whether {@code a} and {@code b} are connected to each other peer to peer: a private party never
   * meets the customer; a monitoring supervisor meets only the agent who has the call (whose
   * browser feeds them).
   */
  static boolean meet(Party a, Party b) {
    if (a.isSupervisor() || b.isSupervisor()) {
      Party other = a.isSupervisor() ? b : a;
      return other.role() == PartyRole.AGENT;
    }
    return !((a.privately() && b.isCustomer()) || (b.privately() && a.isCustomer()));
  }
}
