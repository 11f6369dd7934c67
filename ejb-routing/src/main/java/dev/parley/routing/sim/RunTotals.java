package dev.parley.routing.sim;

/**
 * The counts of one replication, which {@link Experiment} pools. Occupancy is {@code busyNanos /
 * agentNanos}: agent time spent holding a call or an e-mail over all agent time in the window.
 */
record RunTotals(
    Tally voice,
    Tally email,
    long busyNanos,
    double agentNanos,
    long emailWaitingAtEnd,
    long commands) {}
