package dev.parley.routing.sim;

/**
 * Counts for one channel. Arrivals, answers and abandonments are counted for contacts that
 * arrived inside the window; {@code handled} counts handling that finished inside the window,
 * whenever the contact arrived (a throughput).
 *
 * <p>Service level is answered within the threshold over answered plus abandoned; every measured
 * contact is eventually one of the two for voice, because the run goes on until they are.
 */
final class Tally {
  private final long thresholdNanos;
  long arrived;
  long answered;
  long answeredWithin;
  long abandoned;
  long handled;
  private double waitSeconds;

  Tally(double thresholdSeconds) {
    this.thresholdNanos = Math.round(thresholdSeconds * 1e9);
  }

  /** Adds another replication's counts to these. */
  void add(Tally o) {
    arrived += o.arrived;
    answered += o.answered;
    answeredWithin += o.answeredWithin;
    abandoned += o.abandoned;
    handled += o.handled;
    waitSeconds += o.waitSeconds;
  }

  void answered(long waitNanos) {
    answered++;
    waitSeconds += waitNanos / 1e9;
    if (waitNanos <= thresholdNanos) {
      answeredWithin++;
    }
  }

  /** Percentage answered within the threshold (100 when nothing was counted). */
  double serviceLevelPercent() {
    long total = answered + abandoned;
    return total == 0 ? 100.0 : 100.0 * answeredWithin / total;
  }

  /** Mean wait of the answered contacts. */
  double asaSeconds() {
    return answered == 0 ? 0 : waitSeconds / answered;
  }

  double abandonmentPercent() {
    long total = answered + abandoned;
    return total == 0 ? 0 : 100.0 * abandoned / total;
  }
}
