package dev.parley.routing.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs the requested hours as independent replications of at most {@value #MAX_REPLICATION_HOURS}
 * simulated hours, each with its own engine, warm-up and seed, and pools their counts.
 *
 * <p>Why replications: the engine keeps every contact it has seen (for explanations and restore),
 * so one engine over hundreds of hours grows by gigabytes; a fresh engine per replication bounds
 * memory. Independent replications also give an honest 95% confidence interval for the service
 * level (successive contacts in one run are strongly correlated, so a binomial interval would be
 * far too narrow).
 */
public final class Experiment {
  static final double MAX_REPLICATION_HOURS = 50;

  private final SimConfig cfg;

  public Experiment(SimConfig cfg) {
    this.cfg = cfg;
  }

  public SimResult run() {
    int n = (int) Math.ceil(cfg.hours() / MAX_REPLICATION_HOURS);
    SplittableRandom seeds = new SplittableRandom(cfg.seed());
    Tally voice = new Tally(cfg.slSeconds());
    Tally email = new Tally(cfg.slSeconds());
    List<Double> levels = new ArrayList<>();
    long busy = 0;
    double agentTime = 0;
    long backlog = 0;
    long commands = 0;
    for (int i = 0; i < n; i++) {
      RunTotals t = new Simulation(cfg.withHours(cfg.hours() / n).withSeed(seeds.nextLong())).run();
      voice.add(t.voice());
      email.add(t.email());
      levels.add(t.voice().serviceLevelPercent());
      busy += t.busyNanos();
      agentTime += t.agentNanos();
      backlog += t.emailWaitingAtEnd();
      commands += t.commands();
    }
    return new SimResult(
        cfg,
        voice.serviceLevelPercent(),
        halfWidth95(levels),
        voice.asaSeconds(),
        voice.abandonmentPercent(),
        100.0 * busy / agentTime,
        voice.arrived,
        email.arrived,
        email.handled,
        backlog,
        n,
        commands);
  }

  /** Half-width of a 95% interval for the mean over replications (NaN with fewer than two). */
  static double halfWidth95(List<Double> xs) {
    int n = xs.size();
    if (n < 2) {
      return Double.NaN;
    }
    double mean = xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double ss = xs.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
    return tQuantile975(n - 1) * Math.sqrt(ss / (n - 1) / n);
  }

  /** Student's t 97.5% quantile; a table for small samples, the normal value beyond 30. */
  private static double tQuantile975(int df) {
    double[] t = {
      12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
      2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
      2.052, 2.048, 2.045, 2.042
    };
    return df <= t.length ? t[df - 1] : 1.96;
  }
}
