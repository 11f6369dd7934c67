package dev.parley.routing.sim;

import java.util.SplittableRandom;

/**
 * The random inputs of a run, each from its own stream split off the seed in a fixed order, so
 * adding e-mail or abandonment does not change the voice arrivals and handle times (common random
 * numbers: a with/without comparison differs only by what was changed).
 */
final class Workload {
  private final SplittableRandom voiceArrivals;
  private final SplittableRandom voiceHandles;
  private final SplittableRandom patience;
  private final SplittableRandom queuePick;
  private final SplittableRandom emailArrivals;
  private final SplittableRandom emailHandles;
  private final SplittableRandom engine;
  private final SimConfig cfg;

  Workload(SimConfig cfg) {
    this.cfg = cfg;
    SplittableRandom root = new SplittableRandom(cfg.seed());
    voiceArrivals = root.split();
    voiceHandles = root.split();
    patience = root.split();
    queuePick = root.split();
    emailArrivals = root.split();
    emailHandles = root.split();
    engine = root.split();
  }

  /** The generator handed to the engine (used by the random strategy). */
  SplittableRandom engineRandom() {
    return engine;
  }

  long voiceGap() {
    return exponential(voiceArrivals, 3600.0 / cfg.arrivalsPerHour());
  }

  long voiceHandle() {
    return exponential(voiceHandles, cfg.ahtSeconds());
  }

  long patience() {
    return exponential(patience, cfg.patienceSeconds());
  }

  int voiceQueue() {
    return cfg.voiceQueues() == 1 ? 0 : queuePick.nextInt(cfg.voiceQueues());
  }

  long emailGap() {
    return exponential(emailArrivals, 3600.0 / cfg.emailArrivalsPerHour());
  }

  long emailHandle() {
    return exponential(emailHandles, cfg.emailAhtSeconds());
  }

  /** An exponential sample with the given mean, in nanoseconds (inverse transform). */
  static long exponential(SplittableRandom r, double meanSeconds) {
    return Math.round(-meanSeconds * Math.log(1.0 - r.nextDouble()) * 1e9);
  }
}
