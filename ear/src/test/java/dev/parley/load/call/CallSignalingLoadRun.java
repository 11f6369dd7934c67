package dev.parley.load.call;

import dev.parley.load.LoadHttp;
import dev.parley.load.LoadStats;
import dev.parley.load.ProcessCpu;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Call signaling load through the server, without browsers or media: agents log in, open {@code
 * /ws/agent} and go AVAILABLE; callers open {@code /ws/visitor/call-load}, start a VOICE call and
 * join its media; each call is answered, its SDP offer/answer and ICE candidates are relayed both
 * ways, it is held and resumed, and the agent hangs up. A new caller replaces each one that leaves,
 * so each step keeps its number of calls going; the steps rise until one fails (a call did not go
 * through, a frame was refused, a socket was lost) or its relay p99 exceeds the bound (then it is
 * run again, {@code --repeats} times, before the ramp stops: another process's burst on a shared
 * machine is not the signaling's limit). It prints {@code key=value} lines per step and the largest
 * number of concurrent calls that held. Bounded in count and time, loopback only. See
 * docs/benchmarks.md.
 */
public final class CallSignalingLoadRun {
  private static final String ADMIN = "admin";
  private static final String ADMIN_PASSWORD = "parley-demo";
  private static final long TICK_MILLIS = 20;

  private final CallLoadOptions options;
  private final LoadHttp http;
  private final ExecutorService workers;
  private final ScheduledExecutorService clock;
  private final CallMeter meter = new CallMeter();
  private final Map<String, LoadCall> calls = new ConcurrentHashMap<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger left = new AtomicInteger();
  private final AtomicInteger callers = new AtomicInteger();
  private volatile int target;
  // only the clock thread:
  private double allowance;
  private long lastTick;
  private long heartbeats;
  private long inFlightSum;
  private long inFlightTicks;

  private CallSignalingLoadRun(
      CallLoadOptions options,
      LoadHttp http,
      ExecutorService workers,
      ScheduledExecutorService clock) {
    this.options = options;
    this.http = http;
    this.workers = workers;
    this.clock = clock;
  }

  public static void main(String[] args) throws Exception {
    CallLoadOptions options;
    try {
      options = CallLoadOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    // Few threads: the server shares the machine. The HTTP client's executor runs every socket's
    // listener and every REST completion; the workers only block during set-up and tidying.
    ExecutorService io = Executors.newFixedThreadPool(3, daemon("call-load-io"));
    ExecutorService workers = Executors.newFixedThreadPool(8, daemon("call-load-work"));
    ScheduledExecutorService clock =
        Executors.newSingleThreadScheduledExecutor(daemon("call-load-clock"));
    try {
      new CallSignalingLoadRun(options, new LoadHttp(options.baseUrl(), io), workers, clock).run();
    } finally {
      clock.shutdownNow();
      workers.shutdownNow();
      io.shutdownNow();
    }
  }

  private void run() throws Exception {
    long t0 = System.nanoTime();
    String admin = http.login(ADMIN, ADMIN_PASSWORD);
    List<String> names =
        new CallLoadSetup(http, admin, workers).ensure(options.agents(), options.origin());
    List<CallAgent> agents = Collections.synchronizedList(new ArrayList<>());
    var heartbeat = clock.scheduleAtFixedRate(() -> heartbeat(agents), 1, 1, TimeUnit.SECONDS);
    try {
      CallDesks desks = new CallDesks(http, workers);
      desks.connect(
          names,
          s -> new CallAgent(s.name(), s.cookie(), http, meter, this::callFor, calls::get),
          agents);
      print("setup_seconds", (System.nanoTime() - t0) / 1e9);
      print("agents", agents.size());
      steps();
      drain();
    } finally {
      heartbeat.cancel(false);
      long tidy = System.nanoTime();
      desks(agents);
      print("tidy_seconds", (System.nanoTime() - tidy) / 1e9);
    }
  }

  private void desks(List<CallAgent> agents) {
    new CallDesks(http, workers).close(agents);
  }

  /** The call of {@code conversation}, made on first mention (by its caller or by its offer). */
  private LoadCall callFor(String conversation) {
    return calls.computeIfAbsent(
        conversation,
        id -> new LoadCall(id, options, http, clock, meter, c -> calls.remove(c.id, c)));
  }

  /** Runs the steps in order until one does not hold; prints each and the largest that held. */
  private void steps() throws InterruptedException {
    URI uri =
        URI.create(http.base().toString().replaceFirst("^http", "ws"))
            .resolve("ws/visitor/" + CallLoadSetup.ENTRY_POINT);
    lastTick = System.nanoTime();
    var ticker =
        clock.scheduleAtFixedRate(() -> refill(uri), 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
    int sustained = 0;
    String stop = "every step held";
    try {
      ramp:
      for (int calls : options.steps()) {
        for (int attempt = 0; ; attempt++) {
          CallStep.Verdict verdict = step(calls, attempt == 0 ? "" : "again" + attempt + "_");
          if (verdict.holds()) {
            sustained = calls;
            break;
          }
          if (!verdict.latencyOnly() || attempt >= options.repeats()) {
            stop = "step " + calls + ": " + verdict.reason();
            break ramp;
          }
        }
      }
    } finally {
      target = 0;
      ticker.cancel(false);
    }
    print("sustained_concurrent_calls", sustained);
    print("stop_reason", stop);
    meter.details().forEach(d -> print("problem_detail", d));
  }

  /** Keeps {@code calls} calls going for a step; prints its results under {@code step_<calls>_}. */
  private CallStep.Verdict step(int calls, String again) throws InterruptedException {
    CallStep step =
        new CallStep(
            calls,
            System.nanoTime(),
            TimeUnit.SECONDS.toNanos(options.warmupSeconds()),
            TimeUnit.SECONDS.toNanos(options.stepSeconds()));
    meter.add(step);
    target = calls;
    String load = loadAverage();
    double[] cpuAtMeasure = {Double.NaN, Double.NaN};
    while (System.nanoTime() - step.end < 0) {
      if (Double.isNaN(cpuAtMeasure[1]) && System.nanoTime() - step.measuredFrom >= 0) {
        cpuAtMeasure[0] = ProcessCpu.seconds(options.serverPid());
        cpuAtMeasure[1] = ProcessCpu.self();
        synchronized (this) {
          inFlightSum = 0;
          inFlightTicks = 0;
        }
      }
      Thread.sleep(100);
    }
    double measuredSeconds = options.stepSeconds() - options.warmupSeconds();
    CallStep.Verdict verdict = step.verdict(options.maxRelayP99Millis());
    report(step, "step_" + calls + "_" + again, load, measuredSeconds, cpuAtMeasure, verdict);
    return verdict;
  }

  /**
   * Each tick: starts callers until the step's number is in flight — replacements for callers who
   * left at once, growth at {@code --ramp-per-second}.
   */
  private void refill(URI uri) {
    long now = System.nanoTime();
    allowance =
        Math.min(
            allowance + options.rampPerSecond() * (now - lastTick) / 1e9 + left.getAndSet(0),
            Math.max(1, options.rampPerSecond()) + target);
    lastTick = now;
    while (inFlight.get() < target && allowance >= 1) {
      allowance--;
      inFlight.incrementAndGet();
      CallVisitor v =
          new CallVisitor(
              callers.incrementAndGet(),
              meter,
              this::callFor,
              () -> {
                inFlight.decrementAndGet();
                left.incrementAndGet();
              });
      v.open(http.client(), uri, options.origin(), clock);
    }
    synchronized (this) {
      inFlightSum += inFlight.get();
      inFlightTicks++;
    }
  }

  /** After the last step: lets the calls still going finish (bounded). */
  private void drain() throws InterruptedException {
    long start = System.nanoTime();
    long bound =
        TimeUnit.SECONDS.toNanos(70)
            + TimeUnit.MILLISECONDS.toNanos(2L * options.talkMillis() + options.holdMillis());
    while (inFlight.get() > 0 && System.nanoTime() - start < bound) {
      Thread.sleep(200);
    }
    print("drain_seconds", (System.nanoTime() - start) / 1e9);
    print("calls_left_unfinished", inFlight.get());
    print("callers_started", callers.get());
  }

  private void report(
      CallStep step,
      String p,
      String loadAtStart,
      double measuredSeconds,
      double[] cpuAtMeasure,
      CallStep.Verdict verdict) {
    double avg;
    synchronized (this) {
      avg = inFlightTicks == 0 ? 0 : (double) inFlightSum / inFlightTicks;
    }
    print(p + "concurrent_calls_avg", avg);
    print(p + "calls_started", step.started.get());
    print(p + "calls_completed", step.completed.get());
    print(p + "calls_failed", step.failed.get());
    print(p + "calls_completed_per_s", step.completed.get() / (double) options.stepSeconds());
    LoadStats relay = step.relay();
    print(p + "relays_measured", relay.count());
    percentiles(p + "relay", relay);
    print(p + "relay_p90_ms", relay.ms(90));
    percentiles(p + "sdp_relay", step.sdpRelay.stats());
    percentiles(p + "ice_relay", step.iceRelay.stats());
    percentiles(p + "ring", step.ring.stats());
    percentiles(p + "answer", step.answer.stats());
    percentiles(p + "hold_push", step.holdPush.stats());
    print(p + "problems", step.problemCount());
    step.problems().forEach((k, v) -> print(p + "problem_" + k, v));
    double serverNow = ProcessCpu.seconds(options.serverPid());
    print(p + "server_cpu_cores", (serverNow - cpuAtMeasure[0]) / measuredSeconds);
    print(p + "load_cpu_cores", (ProcessCpu.self() - cpuAtMeasure[1]) / measuredSeconds);
    print(p + "load_average_at_start", loadAtStart);
    print(p + "load_average_at_end", loadAverage());
    print(p + "verdict", verdict.holds() ? "holds" : "fails: " + verdict.reason());
  }

  private static void percentiles(String name, LoadStats s) {
    print(name + "_p50_ms", s.ms(50));
    print(name + "_p99_ms", s.ms(99));
    print(name + "_max_ms", s.maxMs());
  }

  /** Each second a twenty-fifth of the agents ping, so each pings every 25 s. */
  private void heartbeat(List<CallAgent> agents) {
    long turn = heartbeats++ % 25;
    synchronized (agents) {
      for (int i = (int) turn; i < agents.size(); i += 25) {
        agents.get(i).heartbeat();
      }
    }
  }

  /** The machine's 1, 5 and 15 minute load averages: the server shares the machine's cores. */
  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + "," + f[1] + "," + f[2];
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  static void print(String key, Object value) {
    String v =
        value instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : String.valueOf(value);
    System.out.println(key + "=" + v);
  }

  static ThreadFactory daemon(String name) {
    AtomicLong n = new AtomicLong();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
