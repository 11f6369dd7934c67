/**
 * The workstation's REST resources: {@code /api/agent} acts only for the authenticated agent (the
 * username comes from the session, never from the request); {@code /api/customers} (history and
 * links across channels) is also open to supervisors and admins, as its class declares.
 */
package dev.parley.web.agent.rest;
