/**
 * Who handles contacts: an agent's identity, skills (name to level 1..10; languages are skills),
 * per-channel capacity, queue memberships and presence. {@link dev.parley.routing.agent.Agent} is
 * the engine-owned live state: what the agent is working on and since when it has been idle.
 */
package dev.parley.routing.agent;
