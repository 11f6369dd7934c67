package dev.parley.routing.api;

/** Who started the contact: the customer (inbound) or the contact center (outbound). */
public enum Direction {
  INBOUND,
  OUTBOUND
}
