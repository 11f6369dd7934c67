package dev.parley.routing.agent;

/** What an agent is doing with one contact that holds one of its capacity slots. */
public enum WorkState {
  OFFERED,
  ACTIVE,
  WRAP_UP
}
