/**
 * The agent's desk: presence, accepting or rejecting offers, ending and wrapping up contacts
 * ({@code AgentDesk}), and the agent's state as the workstation shows it ({@code
 * AgentStateAssembler}). Every action runs as one operation on the routing writer.
 */
package dev.parley.routing.desk;
