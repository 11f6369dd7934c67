/**
 * The routing engine (ACD): a single-writer, deterministic state machine. Every change goes through
 * {@link dev.parley.routing.core.RoutingEngine#apply} as a {@link dev.parley.routing.core.Command}
 * and comes out as {@link dev.parley.routing.core.RoutingEvent}s. Time comes from an injected clock
 * and timers are data ({@code nextDeadline()} + {@code Tick}), never threads, so the same core runs
 * in the server, in tests and in the simulator. Every routing decision is recorded and can be
 * explained per contact.
 */
package dev.parley.routing.core;
