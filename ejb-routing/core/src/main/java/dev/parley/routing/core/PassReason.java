package dev.parley.routing.core;

/** Why an agent considered for a contact did not get it. */
public enum PassReason {
  NOT_AVAILABLE,
  NOT_RESPONDING,
  /** No workstation connection of the agent is live (only when routing follows connections). */
  NOT_CONNECTED,
  NO_CAPACITY,
  SKILL_TOO_LOW,
  BUSY_ON_CALL,
  BUSY_ON_CHAT,
  BLENDING_HELD_BACK,
  LOST_TO_HIGHER_PRIORITY,
  RANKED_LOWER_BY_STRATEGY,
  DECLINED_BEFORE,
  NOT_STICKY_AGENT
}
