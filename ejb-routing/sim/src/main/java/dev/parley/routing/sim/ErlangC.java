package dev.parley.routing.sim;

/**
 * The Erlang C model of an M/M/N queue (Poisson arrivals, exponential handle times, N agents, no
 * abandonment, first come first served): the yardstick the simulator is checked against.
 *
 * <p>Invariant: {@code agents > trafficErlangs > 0}; a queue without that surplus grows without
 * bound and has no steady-state service level, so it is refused at construction.
 *
 * @param agents N, the number of agents
 * @param trafficErlangs A = λ·AHT, the offered load
 * @param ahtSeconds mean handle time
 */
public record ErlangC(int agents, double trafficErlangs, double ahtSeconds) {

  public ErlangC {
    if (!(ahtSeconds > 0) || !(trafficErlangs > 0) || agents < 1) {
      throw new IllegalArgumentException(
          "Erlang C needs agents >= 1, traffic > 0 and AHT > 0; got N="
              + agents
              + ", A="
              + trafficErlangs
              + ", AHT="
              + ahtSeconds);
    }
    if (agents <= trafficErlangs) {
      throw new IllegalArgumentException(
          "unstable: "
              + agents
              + " agents cannot carry "
              + trafficErlangs
              + " erlangs (N must exceed A), so the queue grows without bound");
    }
  }

  /** The model for {@code arrivalsPerHour} contacts of {@code ahtSeconds} mean handle time. */
  public static ErlangC of(int agents, double arrivalsPerHour, double ahtSeconds) {
    return new ErlangC(agents, arrivalsPerHour / 3600.0 * ahtSeconds, ahtSeconds);
  }

  /**
   * Erlang B by the recurrence B(k) = A·B(k−1) / (k + A·B(k−1)), B(0) = 1, which stays within [0,
   * 1] at every step (no factorials or powers to overflow).
   */
  public double blockingProbability() {
    double b = 1.0;
    for (int k = 1; k <= agents; k++) {
      b = trafficErlangs * b / (k + trafficErlangs * b);
    }
    return b;
  }

  /** P_w, the probability that a contact has to wait: C = N·B / (N − A·(1 − B)). */
  public double probabilityOfWaiting() {
    double b = blockingProbability();
    return agents * b / (agents - trafficErlangs * (1 - b));
  }

  /** Fraction answered within {@code seconds}: 1 − P_w·e^(−(N−A)·t/AHT). */
  public double serviceLevel(double seconds) {
    return 1 - probabilityOfWaiting() * Math.exp(-(agents - trafficErlangs) * seconds / ahtSeconds);
  }

  /** Average speed of answer over all contacts: P_w·AHT / (N − A). */
  public double asaSeconds() {
    return probabilityOfWaiting() * ahtSeconds / (agents - trafficErlangs);
  }

  /** Agent occupancy A / N. */
  public double occupancy() {
    return trafficErlangs / agents;
  }
}
