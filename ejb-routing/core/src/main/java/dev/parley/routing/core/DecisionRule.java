package dev.parley.routing.core;

/** The rule that produced a decision about a contact. */
public enum DecisionRule {
  /** Offered by the queue's strategy (detail names it). */
  STRATEGY,
  /** Offered to the customer's previous agent. */
  STICKY_AGENT,
  /** No agent could take it; it waits. */
  WAITING,
  /** An agent freed up and this was the highest-priority contact it could take. */
  AGENT_FREED,
  /** Requirements relaxed after waiting; the detail names the step. */
  RELAXATION_STEP,
  MAX_WAIT_OVERFLOW,
  AFTER_HOURS,
  TRANSFER,
  CONSULT
}
