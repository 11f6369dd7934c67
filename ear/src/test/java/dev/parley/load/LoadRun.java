package dev.parley.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load through the server (issue 3): N agents log in, open {@code /ws/agent} and go AVAILABLE; then
 * for each rate of {@code --rate} a {@link LoadStep} posts contacts to {@code POST /api/contacts}
 * on a fixed open-loop schedule and prints {@code key=value} lines for its measured part. Bounded:
 * at most rate × duration contacts, a drain of {@code --drain-seconds}, then sockets close and it
 * exits. See docs/benchmarks.md for the command.
 */
public final class LoadRun implements LoadAgent.OfferSink {
  private static final String ADMIN = "admin";
  private static final String ADMIN_PASSWORD = "parley-demo";

  private final LoadOptions options;
  private final LoadHttp http;
  private final IntakeConnections intake;
  private final ExecutorService workers;

  /** The step running now; before the first one, offers (left from earlier runs) are ignored. */
  private volatile LoadAgent.OfferSink step =
      new LoadAgent.OfferSink() {
        @Override
        public void offer(LoadAgent agent, String contactId, String customer, long receivedNanos) {}

        @Override
        public void failure(LoadAgent agent, Throwable error) {
          System.err.println("socket error (" + agent.username + "): " + error);
        }
      };

  private LoadRun(LoadOptions options, LoadHttp http, ExecutorService workers) {
    this.options = options;
    this.http = http;
    this.intake = new IntakeConnections(options.baseUrl(), options.connections());
    this.workers = workers;
  }

  public static void main(String[] args) throws Exception {
    LoadOptions options = LoadOptions.parse(args);
    ExecutorService io = Executors.newFixedThreadPool(4, daemon("load-io"));
    ExecutorService workers = Executors.newFixedThreadPool(16, daemon("load-work"));
    try {
      new LoadRun(options, new LoadHttp(options.baseUrl(), io), workers).run();
    } finally {
      workers.shutdownNow();
      io.shutdownNow();
    }
  }

  private void run() throws Exception {
    long t0 = System.nanoTime();
    List<String> admins = new ArrayList<>();
    for (int i = 0; i < options.adminSessions(); i++) {
      admins.add(http.login(ADMIN, ADMIN_PASSWORD));
    }
    List<String> names = new LoadSetup(http, admins.get(0), workers).ensure(options.agents());
    List<LoadAgent> agents = connect(names);
    print("setup_seconds", (System.nanoTime() - t0) / 1e9);
    // Like the workstation: each socket pings every 25 s (a twenty-fifth of them each second).
    ScheduledExecutorService heartbeat =
        Executors.newSingleThreadScheduledExecutor(daemon("load-heartbeat"));
    long[] turn = {0};
    heartbeat.scheduleAtFixedRate(
        () -> {
          long t = turn[0]++;
          for (int i = 0; i < agents.size(); i++) {
            if (i % 25 == t % 25) {
              agents.get(i).heartbeat();
            }
          }
        },
        1,
        1,
        TimeUnit.SECONDS);
    try {
      for (int rate : options.rates()) {
        LoadStep next = new LoadStep(options, http, intake, rate);
        step = next;
        next.post(admins);
        next.report();
      }
    } finally {
      intake.close();
      heartbeat.shutdownNow();
      if (options.tidy()) {
        long c0 = System.nanoTime();
        forEach(agents, a -> tidy(a, "OFFLINE"));
        print("tidy_after_seconds", (System.nanoTime() - c0) / 1e9);
      }
      forEach(agents, a -> a.close().join());
    }
  }

  /** Logs every agent in, opens its socket, closes what a previous run left and goes AVAILABLE. */
  private List<LoadAgent> connect(List<String> names) {
    List<LoadAgent> agents = new ArrayList<>();
    List<CompletableFuture<Void>> work = new ArrayList<>();
    for (String name : names) {
      work.add(
          CompletableFuture.supplyAsync(
                  () -> new LoadAgent(name, http.login(name, LoadSetup.PASSWORD), this), workers)
              .thenAcceptAsync(
                  agent -> {
                    try {
                      agent.connect(http);
                    } catch (Exception e) {
                      throw new IllegalStateException("socket of " + agent.username, e);
                    }
                    if (options.tidy()) {
                      tidy(agent, "AVAILABLE");
                    } else {
                      available(agent);
                    }
                    synchronized (agents) {
                      agents.add(agent);
                    }
                  },
                  workers));
    }
    CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
    return agents;
  }

  /**
   * Accepts, ends and wraps up whatever the agent holds (from this or an earlier run), goes OFFLINE
   * so a changed profile applies, then to {@code presence}.
   */
  private void tidy(LoadAgent agent, String presence) {
    var state = http.get(agent.cookie, "api/agent/state").json().asJsonObject();
    for (var offer : state.getJsonArray("offers").getValuesAs(jakarta.json.JsonObject.class)) {
      http.post(agent.cookie, "api/agent/offers/" + offer.getString("contactId") + "/accept", "");
    }
    state = http.get(agent.cookie, "api/agent/state").json().asJsonObject();
    for (var contact : state.getJsonArray("contacts").getValuesAs(jakarta.json.JsonObject.class)) {
      String id = contact.getString("contactId");
      if ("ACTIVE".equals(contact.getString("state"))) {
        http.post(agent.cookie, "api/agent/contacts/" + id + "/end", "");
      }
      http.post(agent.cookie, "api/agent/contacts/" + id + "/wrap-up", "{\"disposition\":null}");
    }
    http.put(agent.cookie, "api/agent/presence", "{\"presence\":\"OFFLINE\"}");
    if (!"OFFLINE".equals(presence)) {
      available(agent);
    }
  }

  private void available(LoadAgent agent) {
    LoadHttp.Reply r = http.put(agent.cookie, "api/agent/presence", "{\"presence\":\"AVAILABLE\"}");
    if (r.status() != 200) {
      throw new IllegalStateException(agent.username + " could not go AVAILABLE: " + r);
    }
  }

  @Override
  public void offer(LoadAgent agent, String contactId, String customer, long receivedNanos) {
    step.offer(agent, contactId, customer, receivedNanos);
  }

  @Override
  public void failure(LoadAgent agent, Throwable error) {
    step.failure(agent, error);
  }

  private void forEach(List<LoadAgent> agents, java.util.function.Consumer<LoadAgent> action) {
    CompletableFuture.allOf(
            agents.stream()
                .map(a -> CompletableFuture.runAsync(() -> action.accept(a), workers))
                .toArray(CompletableFuture[]::new))
        .exceptionally(
            e -> {
              System.err.println("while tidying: " + e);
              return null;
            })
        .join();
  }

  static void print(String key, Object value) {
    String v =
        value instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : String.valueOf(value);
    System.out.println(key + "=" + v);
  }

  static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicLong n = new AtomicLong();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
