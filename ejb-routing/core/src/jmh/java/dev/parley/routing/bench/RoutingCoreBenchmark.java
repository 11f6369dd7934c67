package dev.parley.routing.bench;

import dev.parley.routing.core.RoutingEvent;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Routing decisions of the core in a busy center of 7,500 agents, 5,000 queues and 100,000 waiting
 * contacts, on one thread (the engine is single-writer by design).
 *
 * <ul>
 *   <li>{@code decisions}: throughput of full turns, each an agent freeing up (offered the best
 *       contact across its queues, accepts it) and a contact arriving (decided against its queue's
 *       members); reported per decision, bookkeeping commands included.
 *   <li>{@code contactArrives}, {@code agentFreesUp}: the time of the one engine call that makes
 *       each decision, sampled per call for p50/p99; the rest of the turn runs untimed.
 * </ul>
 */
@Fork(
    value = 1,
    jvmArgs = {"-Xms4g", "-Xmx4g", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class RoutingCoreBenchmark {

  @State(Scope.Thread)
  public static class Center {
    @Param("7500")
    int agents;

    @Param("5000")
    int queues;

    @Param("100000")
    int waiting;

    BusyCenter center;

    @Setup(Level.Trial)
    public void build() {
      center = new BusyCenter(agents, queues, waiting, 7);
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(2)
  public int decisions(Center s) {
    s.center.cycle();
    return s.center.waiting();
  }

  /** Untimed rest of the turn before a timed arrival: accept, free an agent, accept. */
  @State(Scope.Thread)
  public static class BeforeArrival extends Center {
    @Setup(Level.Invocation)
    public void prepare() {
      center.settle();
      center.freeOne();
      center.settle();
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<RoutingEvent> contactArrives(BeforeArrival s) {
    return s.center.arrive();
  }

  /** Untimed rest of the turn before a timed agent-freed decision: accept, arrive, accept. */
  @State(Scope.Thread)
  public static class BeforeFreeing extends Center {
    @Setup(Level.Invocation)
    public void prepare() {
      center.settle();
      center.arrive();
      center.settle();
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public List<RoutingEvent> agentFreesUp(BeforeFreeing s) {
    return s.center.freeOne();
  }
}
