package dev.parley.routing.sim;

/**
 * Runs the requested hours as one {@link Simulation} (one engine, one warm-up) and turns its counts
 * into a {@link SimResult}: the service level over the whole window, and its 95% interval from
 * {@value Simulation#BATCHES} batch means, plain and with the workload as control variates (see
 * {@link Estimate}).
 *
 * <p>One long run is possible because the simulator tells the engine to forget every finished
 * contact ({@code Command.ForgetContact}), so memory stays bounded by the contacts in progress.
 */
public final class Experiment {
  private final SimConfig cfg;

  public Experiment(SimConfig cfg) {
    this.cfg = cfg;
  }

  public SimResult run() {
    RunTotals t = new Simulation(cfg).run();
    Tally voice = t.voice();
    Tally email = t.email();
    Batches b = t.batches();
    Estimate plain = Estimate.batchMeans(b.serviceLevels());
    Estimate controlled = controlled(b, cfg);
    return new SimResult(
        cfg,
        voice.serviceLevelPercent(),
        plain.halfWidth95(),
        controlled,
        voice.asaSeconds(),
        voice.abandonmentPercent(),
        100.0 * t.busyNanos() / t.agentNanos(),
        voice.arrived,
        voice.unresolved(),
        email.arrived,
        email.handled,
        t.emailWaitingAtEnd(),
        b.count(),
        t.commands());
  }

  /**
   * The service level with two controls per batch: calls arrived and handle seconds they brought,
   * whose expectations are λ·T and λ·T·AHT for a batch of length T.
   */
  static Estimate controlled(Batches b, SimConfig cfg) {
    int n = b.count();
    double[] arrivals = new double[n];
    for (int i = 0; i < n; i++) {
      arrivals[i] = b.arrivals[i];
    }
    double expectedArrivals = cfg.arrivalsPerHour() * cfg.hours() / n;
    return Estimate.controlled(
        b.serviceLevels(),
        new double[][] {arrivals, b.workSeconds.clone()},
        new double[] {expectedArrivals, expectedArrivals * cfg.ahtSeconds()});
  }
}
