/**
 * JPA mapping of queue configuration ({@code routing_queue} and its child tables). Queues are
 * reference data: read often, changed by administrators, so the entity sits in Hibernate's
 * second-level cache.
 */
package dev.parley.routing.queue.jpa;
