/**
 * Identities as value objects ({@code AgentId}, {@code ContactId}, {@code QueueId}, {@code
 * CustomerId}), so that ids of different kinds cannot be mixed up across module boundaries. The ids
 * the engine keys its maps by (agents, queues) are canonical: one instance per value.
 */
package dev.parley.routing.api.id;
