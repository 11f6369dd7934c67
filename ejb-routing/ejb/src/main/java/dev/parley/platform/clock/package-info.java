/**
 * The single source of time: features inject {@link java.time.Clock}, tests and the simulator
 * replace it.
 */
package dev.parley.platform.clock;
