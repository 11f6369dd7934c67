/**
 * Implementation of the routing service. {@link dev.parley.routing.runtime.RoutingRuntime}
 * is the single writer: it owns the one {@link dev.parley.routing.core.RoutingEngine}, applies
 * every command under the singleton's write lock, stores what changed in the same transaction and
 * fires the agents' notifications; the stateless beans are thin entry points. The mapping classes
 * here are pure and unit-tested. See docs/adr/0005-routing-runtime.md.
 */
package dev.parley.routing.runtime;
