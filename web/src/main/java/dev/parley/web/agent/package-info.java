/**
 * The agent workstation's server side (docs/agent-api.md): REST for the agent's own presence,
 * offers, contacts and customers' history, and the {@code /ws/agent} socket that pushes routing's
 * notifications.
 */
package dev.parley.web.agent;
