/**
 * Pushes routing's {@link dev.parley.routing.api.AgentNotification}s to the agent's open
 * {@code /ws/agent} sessions, after the command that caused them committed.
 */
package dev.parley.web.routing.ws;
