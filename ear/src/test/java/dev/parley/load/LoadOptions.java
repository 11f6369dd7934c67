package dev.parley.load;

import static dev.parley.load.Flags.bounded;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The load run's flags, checked before anything is sent: counts and durations are bounded so a run
 * always stops by itself, and the server must be on a loopback address.
 *
 * @param rates contacts per second; several are run one after the other (a step-up), each with its
 *     own warm-up, on the same logged-in agents
 * @param agentWork what an agent does with an offer: {@code accept} (and nothing else during the
 *     run), {@code complete} (accept, end, wrap up at once) or {@code none} (just record it)
 * @param connections keep-alive connections the intake posts share ({@link IntakeConnections});
 *     posts beyond them wait for a free connection and that wait counts in their times
 * @param tidy whether agents close what they hold before the run (and go OFFLINE first so a changed
 *     profile applies) and after it (then go OFFLINE); off, leftovers stay and later offers for
 *     them are counted as {@code stale_offers}
 */
record LoadOptions(
    URI baseUrl,
    int agents,
    java.util.List<Integer> rates,
    int seconds,
    int warmupSeconds,
    int adminSessions,
    int maxInFlight,
    int connections,
    int drainSeconds,
    String agentWork,
    boolean tidy) {

  static final String USAGE =
      "--base-url http://127.0.0.1:8080/ --agents 1000 --rate 1000[,2000,...] --seconds 30 --warmup-seconds 5"
          + " [--admin-sessions 4] [--max-in-flight 512] [--connections 32] [--drain-seconds 10]"
          + " [--agent-work accept|complete|none] [--tidy true|false]";

  static LoadOptions parse(String[] args) {
    Map<String, String> flags = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --flag value pairs: " + USAGE);
      }
      flags.put(args[i].substring(2), args[++i]);
    }
    LoadOptions o =
        new LoadOptions(
            URI.create(withSlash(flags.remove("base-url"))),
            bounded(flags, "agents", 1000, 1, 5000),
            rates(flags.remove("rate")),
            bounded(flags, "seconds", 30, 1, 300),
            bounded(flags, "warmup-seconds", 5, 0, 60),
            bounded(flags, "admin-sessions", 4, 1, 64),
            bounded(flags, "max-in-flight", 512, 1, 4096),
            bounded(flags, "connections", 32, 1, 256),
            bounded(flags, "drain-seconds", 10, 1, 120),
            flags.getOrDefault("agent-work", "accept"),
            Boolean.parseBoolean(flags.getOrDefault("tidy", "true")));
    flags.remove("agent-work");
    flags.remove("tidy");
    if (!flags.isEmpty()) {
      throw new IllegalArgumentException("unknown flags " + flags.keySet() + "; " + USAGE);
    }
    if (!java.util.List.of("accept", "complete", "none").contains(o.agentWork())) {
      throw new IllegalArgumentException("--agent-work must be accept, complete or none");
    }
    LoadHttp.requireLoopback(o.baseUrl());
    return o;
  }

  /** One rate, or a comma-separated step-up run one after the other on the same agents. */
  private static java.util.List<Integer> rates(String value) {
    java.util.List<Integer> rates = new java.util.ArrayList<>();
    for (String r : (value == null ? "1000" : value).split(",")) {
      int n = Integer.parseInt(r.strip());
      if (n < 1 || n > 20000) {
        throw new IllegalArgumentException("--rate must be 1..20000 per step, was " + n);
      }
      rates.add(n);
    }
    if (rates.size() > 10) {
      throw new IllegalArgumentException("--rate takes at most 10 steps");
    }
    return java.util.List.copyOf(rates);
  }

  private static String withSlash(String url) {
    String u = url == null ? "http://127.0.0.1:8080/" : url;
    return u.endsWith("/") ? u : u + "/";
  }
}
