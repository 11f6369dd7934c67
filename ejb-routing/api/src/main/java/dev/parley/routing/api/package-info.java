/**
 * The routing service: what the rest of Parley (REST, WebSocket, channels) may ask of routing.
 * {@link dev.parley.routing.api.RoutingService} takes contacts and agents' actions, {@link
 * dev.parley.routing.api.admin.RoutingAdmin} edits reference data; both answer with plain records.
 * Agents hear about what routing decided through CDI events of type {@link
 * dev.parley.routing.api.AgentNotification}, fired once the command's batch is stored (observe them
 * {@code during = AFTER_SUCCESS}). Refusals are {@link
 * dev.parley.routing.api.RoutingRefusedException}s with a kind the caller maps to a status.
 */
package dev.parley.routing.api;
