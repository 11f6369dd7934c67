/**
 * Routing over the web: REST resources for contact intake, contact detail, customer history,
 * routing admin, the agent workstation (docs/agent-api.md) and supervisors' live view, and the
 * push of routing's notifications to agents' WebSocket sessions.
 */
package dev.parley.web.routing;
