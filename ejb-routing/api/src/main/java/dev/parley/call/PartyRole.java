package dev.parley.call;

/**
 * What a party is to the call: the customer, the agent who has it, an expert pulled in, a
 * supervisor monitoring it ({@link MonitorMode}).
 */
public enum PartyRole {
  CUSTOMER,
  AGENT,
  EXPERT,
  SUPERVISOR
}
