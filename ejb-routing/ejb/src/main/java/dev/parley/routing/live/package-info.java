/**
 * What supervisors and agents read: the live queues and agents, a contact with the engine's
 * explanation of every decision, a customer's history across linked identities.
 */
package dev.parley.routing.live;
