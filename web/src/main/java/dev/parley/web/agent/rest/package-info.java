/**
 * REST resources of routing. Each method declares its roles; agent resources act only for the
 * authenticated agent (the username comes from the session, never from the request).
 * {@link dev.parley.routing.api.RoutingRefusedException}s become 400/403/404/409 with the
 * usual error body.
 */
package dev.parley.web.routing.rest;
