package dev.parley.call;

/** What a party is to the call: the customer, the agent who has it, an expert pulled in. */
public enum PartyRole {
  CUSTOMER,
  AGENT,
  EXPERT
}
