/**
 * Routing's storage in the batch transaction: {@code RoutingStore} reads and writes the tables
 * (reference data through the second-level cache), {@code EventRecorder} stores what one engine
 * command changed (contact rows, their history, agents' presence), {@code ContactMapping} turns
 * stored rows into views and back into engine contacts. The bulk inserts are in {@code jdbc}.
 */
package dev.parley.routing.store;
