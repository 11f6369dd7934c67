package dev.parley.routing.queue;

/** How a queue picks among the agents eligible for a contact. */
public enum Strategy {
  /** Highest agent priority first, then the agent idle the longest. The default. */
  LONGEST_IDLE,
  /** The next eligible agent after the one offered last, in a fixed ring. */
  ROUND_ROBIN,
  /** Any eligible agent, drawn from the engine's injected (seedable) random generator. */
  RANDOM,
  /** Fewest contacts handled today, then longest idle. */
  LEAST_BUSY,
  /** A fixed hunt order: highest agent priority, then agent id; always starting at the top. */
  LINEAR,
  /** Highest summed level of the required skills, then longest idle. */
  BEST_SKILL,
  /** Offer to every eligible agent at once; the first to accept wins, the others are withdrawn. */
  RING_ALL
}
