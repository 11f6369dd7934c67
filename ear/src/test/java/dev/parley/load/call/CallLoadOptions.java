package dev.parley.load.call;

import static dev.parley.load.Flags.bounded;

import dev.parley.load.LoadHttp;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The signaling load run's flags, checked before anything is sent: every count and duration is
 * bounded so a run stops by itself, and the server must be on a loopback address.
 *
 * @param steps concurrent calls of each step, rising; the run needs as many agents as the largest
 *     (VOICE capacity is one call per agent)
 * @param stepSeconds how long each step keeps its calls going
 * @param warmupSeconds the first seconds of each step, while the calls ramp up, are not measured
 * @param talkMillis a call's time between its ICE exchange and the hold, and again after the hold
 * @param holdMillis how long the agent holds the call
 * @param candidates ICE candidates each side sends per call (then an end-of-candidates)
 * @param sdpBytes size of each SDP (a real browser's audio offer is 2–5 KB)
 * @param maxRelayP99Millis a step holds when its relay p99 stays within this (and nothing failed)
 * @param repeats how often a step that failed on its relay p99 alone is run again before the ramp
 *     stops: on a shared machine one slow window may be someone else's build
 * @param rampPerSecond new calls per second while a step fills up to its concurrency
 * @param serverPid the server's process id, for its CPU per call; 0 skips it
 * @param origin the visitors' Origin header, allowed by the run's entry point
 */
record CallLoadOptions(
    URI baseUrl,
    List<Integer> steps,
    int stepSeconds,
    int warmupSeconds,
    int talkMillis,
    int holdMillis,
    int candidates,
    int sdpBytes,
    int maxRelayP99Millis,
    int repeats,
    int rampPerSecond,
    long serverPid,
    String origin) {

  static final String USAGE =
      "--base-url http://127.0.0.1:8080/ --steps 25,50,100,200 --step-seconds 30"
          + " --warmup-seconds 10 --talk-ms 5000 --hold-ms 1000 --candidates 6 --sdp-bytes 3000"
          + " --max-relay-p99-ms 200 --repeats 1 --ramp-per-second 20 [--server-pid PID]"
          + " [--origin http://load.example]";

  CallLoadOptions {
    steps = List.copyOf(steps);
  }

  static CallLoadOptions parse(String[] args) {
    Map<String, String> flags = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --flag value pairs: " + USAGE);
      }
      flags.put(args[i].substring(2), args[++i]);
    }
    String url = flags.remove("base-url");
    String base = url == null ? "http://127.0.0.1:8080/" : url.endsWith("/") ? url : url + "/";
    String steps = flags.remove("steps");
    String pid = flags.remove("server-pid");
    String origin = flags.remove("origin");
    CallLoadOptions o =
        new CallLoadOptions(
            URI.create(base),
            steps(steps == null ? "25,50,100,200" : steps),
            bounded(flags, "step-seconds", 30, 5, 600),
            bounded(flags, "warmup-seconds", 10, 0, 120),
            bounded(flags, "talk-ms", 5000, 0, 120_000),
            bounded(flags, "hold-ms", 1000, 0, 60_000),
            bounded(flags, "candidates", 6, 1, 50),
            bounded(flags, "sdp-bytes", 3000, 100, 12_000),
            bounded(flags, "max-relay-p99-ms", 200, 1, 60_000),
            bounded(flags, "repeats", 1, 0, 5),
            bounded(flags, "ramp-per-second", 20, 1, 500),
            pid == null ? 0 : Long.parseLong(pid),
            origin == null ? "http://load.example" : origin);
    if (!flags.isEmpty()) {
      throw new IllegalArgumentException("unknown flags " + flags.keySet() + "; " + USAGE);
    }
    if (o.warmupSeconds() >= o.stepSeconds()) {
      throw new IllegalArgumentException(
          "--warmup-seconds %d must be shorter than --step-seconds %d"
              .formatted(o.warmupSeconds(), o.stepSeconds()));
    }
    LoadHttp.requireLoopback(o.baseUrl());
    return o;
  }

  /** Agents the run needs: one per concurrent call of the largest step. */
  int agents() {
    return steps.get(steps.size() - 1);
  }

  private static List<Integer> steps(String list) {
    List<Integer> steps = new ArrayList<>();
    for (String s : list.split(",")) {
      int n;
      try {
        n = Integer.parseInt(s.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--steps must be whole numbers, was " + list);
      }
      if (n < 1 || n > 2000) {
        throw new IllegalArgumentException("--steps must each be 1..2000, was " + n);
      }
      if (!steps.isEmpty() && n <= steps.get(steps.size() - 1)) {
        throw new IllegalArgumentException("--steps must rise, was " + list);
      }
      steps.add(n);
    }
    if (steps.size() > 20) {
      throw new IllegalArgumentException("--steps: at most 20 steps, was " + steps.size());
    }
    return steps;
  }
}
