/**
 * The EJB entry points of the routing API: {@code RoutingServiceBean} (contacts and agents'
 * actions) and {@code RoutingAdminBean} (reference data), which validate and hand each call to the
 * job that does it (intake, desk, live views, reference data).
 */
package dev.parley.routing.service;
