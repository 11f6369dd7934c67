/**
 * Routing's reference data as administrators edit it: {@link
 * dev.parley.routing.api.admin.RoutingAdmin} and the definitions it takes and returns (queues,
 * agents' routing profiles, skills, business-hours calendars, engine-wide settings), validated with
 * Bean Validation before anything is stored.
 */
package dev.parley.routing.api.admin;
