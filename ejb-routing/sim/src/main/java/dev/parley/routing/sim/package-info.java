/**
 * A discrete-event simulator of a contact center that drives the real {@link
 * dev.parley.routing.core.RoutingEngine} on a virtual clock: Poisson arrivals, exponential handle
 * times and patience, agents that answer offers after a fixed delay, voice queues and an optional
 * blended e-mail queue. It checks the engine against queueing theory ({@link
 * dev.parley.routing.sim.ErlangC}) and shows what blending does to the voice service level. Run it
 * with {@link dev.parley.routing.sim.Simulator}; results are printed as {@code key=value} lines.
 * Deterministic: the same arguments and seed always give the same output. One run uses one engine
 * that is told to forget every finished contact, so memory stays bounded however many hours are
 * simulated; the confidence interval comes from batch means ({@link
 * dev.parley.routing.sim.Estimate}).
 */
package dev.parley.routing.sim;
