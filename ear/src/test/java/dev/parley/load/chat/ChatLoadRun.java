package dev.parley.load.chat;

import dev.parley.load.LoadHttp;
import dev.parley.load.ProcessCpu;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Web chat load through the server (issue 13): agents log in, open {@code /ws/agent} and go
 * AVAILABLE; visitors open {@code /ws/visitor/chat-load} at a ramp and start a chat each, which the
 * agents accept; then every visitor sends a message every {@code --interval-ms} and every agent
 * answers each one. It prints {@code key=value} lines: the server's live heap per open chat,
 * sustained messages/s and latencies both ways, and the ledger's proof that no message was lost,
 * doubled or reordered. Bounded in count and time, loopback only. See docs/benchmarks.md.
 */
public final class ChatLoadRun {
  private static final String ADMIN = "admin";
  private static final String ADMIN_PASSWORD = "parley-demo";

  private final ChatLoadOptions options;
  private final LoadHttp http;
  private final ExecutorService workers;
  private final ScheduledExecutorService clock;
  private final ChatLedger ledger = new ChatLedger();
  private final ChatCounters counters = new ChatCounters();
  private final Latencies toAgent = new Latencies();
  private final Latencies toVisitor = new Latencies();
  private final Latencies acks = new Latencies();
  private final Latencies posts = new Latencies();
  private long heartbeats; // only the clock thread

  private ChatLoadRun(
      ChatLoadOptions options,
      LoadHttp http,
      ExecutorService workers,
      ScheduledExecutorService clock) {
    this.options = options;
    this.http = http;
    this.workers = workers;
    this.clock = clock;
  }

  public static void main(String[] args) throws Exception {
    ChatLoadOptions options;
    try {
      options = ChatLoadOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    // Few threads: the server shares the machine. The HTTP client's executor runs every socket's
    // listener and every REST completion; the workers only block during set-up and tidying.
    ExecutorService io = Executors.newFixedThreadPool(3, daemon("chat-load-io"));
    ExecutorService workers = Executors.newFixedThreadPool(8, daemon("chat-load-work"));
    ScheduledExecutorService clock =
        Executors.newSingleThreadScheduledExecutor(daemon("chat-load-clock"));
    try {
      new ChatLoadRun(options, new LoadHttp(options.baseUrl(), io), workers, clock).run();
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
        new ChatLoadSetup(http, admin, workers)
            .ensure(options.agents(), options.capacity(), options.origin());
    ChatAgents agents = new ChatAgents(http, workers, options.tidy());
    List<ChatAgent> connected = java.util.Collections.synchronizedList(new ArrayList<>());
    List<ChatVisitor> visitors = new ArrayList<>();
    var heartbeat =
        clock.scheduleAtFixedRate(() -> heartbeat(connected, visitors), 1, 1, TimeUnit.SECONDS);
    try {
      agents.connect(
          names,
          n -> new ChatAgent(n.name(), n.cookie(), http, ledger, toAgent, posts, counters),
          connected);
      print("setup_seconds", (System.nanoTime() - t0) / 1e9);
      ServerHeap before = heap("heap_before_chats_mb");
      ramp(visitors);
      ServerHeap open = heap("heap_chats_active_mb");
      if (before != null && open != null && counters.active.get() > 0) {
        print(
            "heap_per_open_chat_kb",
            (open.bytes() - before.bytes()) / 1024.0 / counters.active.get());
        print("heap_grown_most_kb", grownMost(open, before));
      }
      talk(visitors);
      drain();
      report();
      heap("heap_after_messages_mb");
    } finally {
      heartbeat.cancel(false);
      CompletableFuture.allOf(
              visitors.stream().map(ChatVisitor::close).toArray(CompletableFuture[]::new))
          .join();
      agents.close(connected);
    }
  }

  /** Each second a twenty-fifth of the sockets ping, so each pings every 25 s. */
  private void heartbeat(List<ChatAgent> agents, List<ChatVisitor> visitors) {
    long turn = heartbeats++ % 25;
    synchronized (agents) {
      for (int i = (int) turn; i < agents.size(); i += 25) {
        agents.get(i).heartbeat();
      }
    }
    synchronized (visitors) {
      for (int i = (int) turn; i < visitors.size(); i += 25) {
        visitors.get(i).heartbeat();
      }
    }
  }

  /**
   * Opens the visitors at {@code --ramp-per-second}; waits (bounded) until every chat is ACTIVE.
   */
  private void ramp(List<ChatVisitor> visitors) throws Exception {
    URI uri =
        URI.create(http.base().toString().replaceFirst("^http", "ws"))
            .resolve("ws/visitor/" + ChatLoadSetup.ENTRY_POINT);
    synchronized (visitors) {
      for (int i = 0; i < options.visitors(); i++) {
        visitors.add(new ChatVisitor(i, ledger, toVisitor, acks, counters));
      }
    }
    long start = System.nanoTime();
    CompletableFuture<Void> opened = new CompletableFuture<>();
    int[] next = {0};
    var ticker =
        clock.scheduleAtFixedRate(
            () -> {
              long due = (System.nanoTime() - start) * options.rampPerSecond() / 1_000_000_000L + 1;
              while (next[0] < visitors.size() && next[0] < due) {
                visitors.get(next[0]++).open(http.client(), uri, options.origin());
              }
              if (next[0] == visitors.size()) {
                opened.complete(null);
              }
            },
            0,
            10,
            TimeUnit.MILLISECONDS);
    opened.get(options.visitors() / options.rampPerSecond() + 60, TimeUnit.SECONDS);
    ticker.cancel(false);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (counters.active.get() < options.visitors() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    print("ramp_seconds", (System.nanoTime() - start) / 1e9);
    print("chats_queued", counters.queued.get());
    print("chats_accepted", counters.accepted.get());
    print("chats_active", counters.active.get());
    print(
        "chats_joined_without_active_status",
        visitors.stream().filter(ChatVisitor::joinedButNotActive).count());
  }

  /**
   * Sends on a fixed open-loop schedule: send <i>j</i> is due at start + <i>j</i> × interval ÷
   * visitors and goes to visitor <i>j</i> mod visitors, so each visitor speaks every interval and
   * the visitors take turns evenly. Latencies count for messages sent after the warm-up.
   */
  private void talk(List<ChatVisitor> visitors) throws Exception {
    int n = visitors.size();
    long interval = TimeUnit.MILLISECONDS.toNanos(options.intervalMillis());
    long start = System.nanoTime();
    long measured = start + TimeUnit.SECONDS.toNanos(options.warmupSeconds());
    long end = measured + TimeUnit.SECONDS.toNanos(options.seconds());
    for (Latencies l : List.of(toAgent, toVisitor, acks, posts)) {
      l.open(measured);
      l.close(end);
    }
    print("talk_started_at", java.time.Instant.now());
    print("load_average_at_start", loadAverage());
    double serverCpu = ProcessCpu.seconds(options.serverPid());
    double ownCpu = ProcessCpu.self();
    CompletableFuture<Void> done = new CompletableFuture<>();
    long[] next = {0};
    var ticker =
        clock.scheduleAtFixedRate(
            () -> {
              long now = System.nanoTime();
              while (true) {
                long due = start + (long) ((double) next[0] * interval / n);
                if (due - end >= 0) {
                  done.complete(null);
                  return;
                }
                if (due - now > 0) {
                  return;
                }
                visitors.get((int) (next[0]++ % n)).say();
              }
            },
            0,
            5,
            TimeUnit.MILLISECONDS);
    done.get(options.warmupSeconds() + options.seconds() + 60, TimeUnit.SECONDS);
    ticker.cancel(false);
    print("talk_ended_at", java.time.Instant.now());
    print("load_average_at_end", loadAverage());
    double window = options.warmupSeconds() + options.seconds();
    print("messages_scheduled", next[0]);
    print("requested_msgs_per_s_each_way", options.messagesPerSecond());
    print(
        "server_cpu_ms_per_msg",
        (ProcessCpu.seconds(options.serverPid()) - serverCpu) * 1000 / (2 * next[0]));
    print("load_cpu_ms_per_msg", (ProcessCpu.self() - ownCpu) * 1000 / (2 * next[0]));
    print("send_seconds", window);
  }

  /** Waits at most {@code --drain-seconds} for the last replies and deliveries. */
  private void drain() throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + TimeUnit.SECONDS.toNanos(options.drainSeconds());
    while (ledger.pending() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    print("drain_seconds", (System.nanoTime() - start) / 1e9);
  }

  private void report() {
    latencies("to_agent", toAgent);
    latencies("to_visitor", toVisitor);
    print("sustained_msgs_per_s_total", toAgent.perSecond() + toVisitor.perSecond());
    latencies("visitor_ack", acks);
    latencies("agent_post", posts);
    ChatLedger.Tally t = ledger.tally();
    lane("to_agent", t.toAgent());
    lane("to_visitor", t.toVisitor());
    print("lost", t.lost());
    print("duplicated", t.duplicated());
    print("out_of_order", t.outOfOrder());
    print("problems", counters.problems());
    counters.byKind().forEach((k, v) -> print("problem_" + k, v));
  }

  private static void latencies(String name, Latencies l) {
    var s = l.stats();
    print(name + "_measured", l.count());
    print(name + "_msgs_per_s", l.perSecond());
    print(name + "_p50_ms", s.ms(50));
    print(name + "_p90_ms", s.ms(90));
    print(name + "_p99_ms", s.ms(99));
    print(name + "_max_ms", s.maxMs());
  }

  private static void lane(String name, ChatLedger.Lane l) {
    print(name + "_sent", l.sent());
    print(name + "_stored", l.stored());
    print(name + "_refused", l.refused());
    print(name + "_received", l.received());
    print(name + "_lost", l.lost());
    print(name + "_unsettled", l.unsettled());
    print(name + "_unknown", l.unknown());
  }

  /** The server's live heap (a full collection there), printed in MB; null without a pid. */
  private ServerHeap heap(String key) {
    if (options.serverPid() == 0) {
      return null;
    }
    try {
      ServerHeap h = ServerHeap.read(options.serverPid());
      print(key, h.bytes() / 1024.0 / 1024.0);
      return h;
    } catch (Exception e) {
      counters.problem("heap_reading", e);
      return null;
    }
  }

  private String grownMost(ServerHeap open, ServerHeap before) {
    StringBuilder b = new StringBuilder();
    for (var e : open.grownMost(before, 8)) {
      b.append(b.isEmpty() ? "" : ",")
          .append(e.getKey())
          .append(':')
          .append(String.format(Locale.ROOT, "%.0f", e.getValue() / 1024.0));
    }
    return b.toString();
  }

  /** The machine's 1, 5 and 15 minute load averages: the server shares the machine's cores. */
  private static String loadAverage() {
    try {
      String[] f =
          java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
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
