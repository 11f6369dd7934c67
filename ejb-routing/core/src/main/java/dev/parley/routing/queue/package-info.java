/**
 * Where contacts wait: a queue's configuration (channels served, skill requirements and how they
 * relax over wait time, agent-selection strategy, priority, timeouts, overflow, service-level
 * target, business hours, sticky-agent window). Immutable reference data; the engine keeps the
 * waiting contacts themselves.
 */
package dev.parley.routing.queue;
