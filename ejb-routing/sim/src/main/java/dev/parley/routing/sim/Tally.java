package dev.parley.routing.sim;

/**
 * Counts for one channel. Arrivals, answers and abandonments are counted for contacts that arrived
 * inside the window; {@code handled} counts handling that finished inside the window, whenever the
 * contact arrived (a throughput).
 *
 * <p>Service level is answered within the threshold over every contact that arrived. For voice the
 * run goes on until every measured call was answered or abandoned, so that is the same as over
 * answered plus abandoned; a call the engine never offered (the run stops when nothing is left to
 * happen) counts against the service level instead of silently dropping out of it.
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

  void answered(long waitNanos) {
    answered++;
    waitSeconds += waitNanos / 1e9;
    if (waitNanos <= thresholdNanos) {
      answeredWithin++;
    }
  }

  /** Percentage answered within the threshold (100 when nothing arrived). */
  double serviceLevelPercent() {
    return arrived == 0 ? 100.0 : 100.0 * answeredWithin / arrived;
  }

  /** Contacts that arrived in the window and were neither answered nor abandoned. */
  long unresolved() {
    return arrived - answered - abandoned;
  }

  /** Mean wait of the answered contacts. */
  double asaSeconds() {
    return answered == 0 ? 0 : waitSeconds / answered;
  }

  double abandonmentPercent() {
    return arrived == 0 ? 0 : 100.0 * abandoned / arrived;
  }
}
