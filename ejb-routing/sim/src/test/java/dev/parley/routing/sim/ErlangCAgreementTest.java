package dev.parley.routing.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.routing.queue.Strategy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The simulator, driving the real engine with one skill, FCFS (longest idle) and no abandonment,
 * agrees with Erlang C within one percentage point of service level.
 *
 * <p>Directly: {@link #simulatorServiceLevelIsWithinOnePointOfErlangC} runs the simulator as the
 * command line does, long enough that the spread of its service level is a quarter of a point or
 * less, and compares. Successive calls' waits are strongly correlated at high load, so the hours
 * needed were measured, not guessed: the standard deviation of the service level across 200 seeds
 * of the simulator's workload in an FCFS queue (which the engine reproduces call by call, see
 * below) is about 25.5/√h points at 10 agents and 120 calls/h, 14.6/√h at 55 agents and 720
 * calls/h, and 4.5/√h at 60 agents (h = simulated hours). The seed is the one this class always
 * used; it was not chosen by looking at results.
 *
 * <p>And in two links that pin the cause of any disagreement down:
 *
 * <ol>
 *   <li>The simulator's random workload (Poisson arrivals, exponential handle times) put through
 *       the textbook FCFS queue gives Erlang C's service level, over 20,000 simulated hours (95%
 *       interval about ±0.4 point at the heaviest load). Fails if arrivals were not Poisson or
 *       handle times not exponential.
 *   <li>The engine, fed the same workload, gives every call exactly the wait of that FCFS queue.
 *       Fails if the engine served out of order, left an agent idle while a call waited, or offered
 *       a busy agent. (Exactly, so a few simulated hours suffice.)
 * </ol>
 */
class ErlangCAgreementTest {
  private static final long SEED = 20260105L;

  /**
   * Hours per point give a standard deviation of the service level of about 0.26 point (10 agents,
   * 10,000 h, 1.2 million calls), 0.27 (55 agents, 3,000 h, 2.2 million calls) and 0.20 (60 agents,
   * 500 h), so a correct engine misses by more than 1 point with odds far below one in ten
   * thousand. Checked by breaking the engine locally: serving the newest call first (LIFO) gave
   * +12.3, +7.9 and +1.1 points; not offering waiting calls to an agent who frees up (so an agent
   * sits idle while calls wait) gave +22.4 and +9.4 points at 10 and 55 agents. The control-variate
   * estimate is checked as well; its spread is smaller still.
   */
  @ParameterizedTest(name = "{1} calls/h x {2}s on {0} agents, {3} h")
  @CsvSource({"10, 120, 240, 10000", "55, 720, 240, 3000", "60, 720, 240, 500"})
  void simulatorServiceLevelIsWithinOnePointOfErlangC(
      int n, double perHour, double aht, double hours) {
    SimConfig cfg = SimConfig.of(n, perHour, aht).withHours(hours).withSeed(SEED);
    double erlangC = 100 * ErlangC.of(n, perHour, aht).serviceLevel(cfg.slSeconds());

    SimResult r = new Experiment(cfg).run();

    assertThat(r.unanswered()).as("calls left waiting with nothing left to happen").isZero();
    assertThat(r.serviceLevel()).isCloseTo(erlangC, within(1.0));
    assertThat(r.serviceLevelControlled().value()).isCloseTo(erlangC, within(1.0));
    assertThat(r.serviceLevelCi95())
        .as("the run's own 95%% interval resolves a point")
        .isLessThan(1.0);
    assertThat(r.contacts())
        .isCloseTo((long) (perHour * hours), within((long) (perHour * hours / 50)));
  }

  @ParameterizedTest(name = "A={1}/h x {2}s on {0} agents")
  @CsvSource({"52, 720, 240", "55, 720, 240", "60, 720, 240", "10, 120, 240"})
  void simulatorWorkloadInAnFcfsQueueGivesErlangCServiceLevel(int n, double perHour, double aht) {
    SimConfig cfg = SimConfig.of(n, perHour, aht).withHours(20_000).withSeed(SEED);

    double simulated = FcfsReference.serviceLevel(cfg);

    assertThat(simulated)
        .isCloseTo(100 * ErlangC.of(n, perHour, aht).serviceLevel(20), within(1.0));
  }

  @ParameterizedTest(name = "A={1}/h x {2}s on {0} agents, {3} voice queue(s)")
  @CsvSource({
    "52, 720, 240, 1, 12",
    "55, 720, 240, 1, 12",
    "60, 720, 240, 1, 12",
    "10, 120, 240, 1, 60",
    "55, 720, 240, 3, 12"
  })
  void engineGivesEveryCallExactlyTheFcfsWait(
      int n, double perHour, double aht, int queues, double hours) {
    SimConfig cfg =
        SimConfig.of(n, perHour, aht).withHours(hours).withSeed(SEED).withVoiceQueues(queues);
    List<long[]> expected = new ArrayList<>();
    FcfsReference.run(cfg, (t, wait) -> expected.add(new long[] {t, wait}));
    List<long[]> actual = new ArrayList<>();

    RunTotals totals = new Simulation(cfg, (t, wait) -> actual.add(new long[] {t, wait})).run();

    actual.sort((a, b) -> Long.compare(a[0], b[0]));
    assertThat(actual).hasSameSizeAs(expected);
    long waited = 0;
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i))
          .as("call arriving at %d ns", expected.get(i)[0])
          .containsExactly(expected.get(i));
      waited += expected.get(i)[1] > 0 ? 1 : 0;
    }
    assertThat(waited).as("calls that had to wait: the load point is not trivial").isPositive();
    assertThat(totals.voice().serviceLevelPercent()).isEqualTo(FcfsReference.serviceLevel(cfg));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"LONGEST_IDLE", "ROUND_ROBIN", "RANDOM", "LEAST_BUSY", "LINEAR", "BEST_SKILL"})
  void everySingleOfferStrategyIsFcfsForIdenticalAgents(Strategy strategy) {
    SimConfig base = SimConfig.of(55, 720, 240).withHours(3).withSeed(SEED);
    SimConfig cfg =
        new SimConfig(
            base.agents(),
            base.arrivalsPerHour(),
            base.ahtSeconds(),
            1,
            0,
            600,
            20,
            80,
            3,
            1,
            0,
            0,
            strategy,
            SEED);

    RunTotals totals = new Simulation(cfg).run();

    assertThat(totals.voice().serviceLevelPercent()).isEqualTo(FcfsReference.serviceLevel(cfg));
  }
}
