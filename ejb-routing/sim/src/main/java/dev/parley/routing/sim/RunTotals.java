package dev.parley.routing.sim;

/**
 * The counts of one run, which {@link Experiment} turns into a {@link SimResult}. Occupancy is
 * {@code busyNanos / agentNanos}: agent time spent holding a call or an e-mail over all agent time
 * in the window.
 */
record RunTotals(
    Tally voice,
    Tally email,
    Batches batches,
    long busyNanos,
    double agentNanos,
    long emailWaitingAtEnd,
    long commands) {}
