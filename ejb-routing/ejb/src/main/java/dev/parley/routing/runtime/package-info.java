/**
 * The single writer of routing state. {@link dev.parley.routing.runtime.RoutingRuntime} owns the
 * one {@link dev.parley.routing.core.RoutingEngine} of this node: it runs every operation under its
 * write lock as part of a group-commit batch ({@code GroupCommit}), stores what the commands
 * changed in the batch's transaction, fires the agents' and channels' notifications (and one {@code
 * LiveStatus.Changed} for the live views) once the batch is durable, arms the engine's timer and
 * rebuilds the engine from the database ({@code Rebuild}) at start and after a failed batch.
 * Operations reach the engine only through an {@link dev.parley.routing.runtime.EngineSession}. See
 * docs/adr/0005-routing-runtime.md.
 */
package dev.parley.routing.runtime;
