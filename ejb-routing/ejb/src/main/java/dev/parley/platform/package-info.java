/**
 * Cross-cutting plumbing every feature relies on: the clock, the database schema and its migration
 * at start-up, and the health checks that tell an orchestrator when Parley is ready.
 */
package dev.parley.platform;
