/**
 * Black-box tests of routing through the running server: intake, offers on the agent socket, accept
 * / end / wrap-up, role checks, and a restart that keeps waiting contacts.
 */
package dev.parley.it.routing;
