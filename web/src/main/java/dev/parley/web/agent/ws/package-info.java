/**
 * The {@code /ws/agent} socket: its own sealed message types ({@link
 * dev.parley.web.agent.ws.AgentServerMessage}, {@link dev.parley.web.agent.ws.AgentClientMessage})
 * and their codec, the endpoint, and the push of routing's {@link
 * dev.parley.routing.api.AgentNotification}s to the agent's open sessions after the command that
 * caused them committed.
 */
package dev.parley.web.agent.ws;
