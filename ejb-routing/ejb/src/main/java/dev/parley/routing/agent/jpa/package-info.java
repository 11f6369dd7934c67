/**
 * JPA mapping of agents for routing: the routing profile ({@code routing_agent} and children;
 * reference data in the second-level cache) and the live presence row written on every change so a
 * restart can rebuild agents' states.
 */
package dev.parley.routing.agent.jpa;
