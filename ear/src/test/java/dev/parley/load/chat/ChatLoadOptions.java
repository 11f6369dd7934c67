package dev.parley.load.chat;

import static dev.parley.load.Flags.bounded;

import dev.parley.load.LoadHttp;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The chat load run's flags, checked before anything is sent: every count and duration is bounded
 * so a run stops by itself, and the server must be on a loopback address.
 *
 * @param visitors visitor sockets, each starting one chat
 * @param agents agents, each with CHAT capacity {@code capacity}; {@code agents × capacity} must
 *     hold every visitor's chat, or the rest would wait in the queue and never talk
 * @param rampPerSecond visitors connecting (and starting their chat) per second
 * @param intervalMillis each visitor sends one message every this many ms (spread evenly over the
 *     visitors), so visitor → agent runs at {@code visitors × 1000 / intervalMillis} messages/s and
 *     agent → visitor, one reply per message, at the same rate
 * @param warmupSeconds sending before the measured window (counted for loss, not in latencies)
 * @param seconds the measured window
 * @param drainSeconds at most this long after the last send for replies and deliveries to arrive
 * @param serverPid the server's process id for heap readings with {@code jcmd}; 0 skips them
 * @param tidy whether agents end and wrap up what they hold before the run and after it
 */
record ChatLoadOptions(
    URI baseUrl,
    int visitors,
    int agents,
    int capacity,
    int rampPerSecond,
    int intervalMillis,
    int warmupSeconds,
    int seconds,
    int drainSeconds,
    long serverPid,
    String origin,
    boolean tidy) {

  static final String USAGE =
      "--base-url http://127.0.0.1:8080/ --visitors 2000 --agents 200 --capacity 10"
          + " --ramp-per-second 50 --interval-ms 10000 --warmup-seconds 10 --seconds 60"
          + " [--drain-seconds 15] [--server-pid PID] [--origin http://load.example]"
          + " [--tidy true|false]";

  static ChatLoadOptions parse(String[] args) {
    Map<String, String> flags = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --flag value pairs: " + USAGE);
      }
      flags.put(args[i].substring(2), args[++i]);
    }
    String url = flags.remove("base-url");
    String base = url == null ? "http://127.0.0.1:8080/" : url.endsWith("/") ? url : url + "/";
    String pid = flags.remove("server-pid");
    String origin = flags.remove("origin");
    String tidy = flags.remove("tidy");
    ChatLoadOptions o =
        new ChatLoadOptions(
            URI.create(base),
            bounded(flags, "visitors", 2000, 1, 10_000),
            bounded(flags, "agents", 200, 1, 2000),
            bounded(flags, "capacity", 10, 1, 100),
            bounded(flags, "ramp-per-second", 50, 1, 1000),
            bounded(flags, "interval-ms", 10_000, 100, 600_000),
            bounded(flags, "warmup-seconds", 10, 0, 300),
            bounded(flags, "seconds", 60, 1, 900),
            bounded(flags, "drain-seconds", 15, 1, 120),
            pid == null ? 0 : Long.parseLong(pid),
            origin == null ? "http://load.example" : origin,
            tidy == null || Boolean.parseBoolean(tidy));
    if (!flags.isEmpty()) {
      throw new IllegalArgumentException("unknown flags " + flags.keySet() + "; " + USAGE);
    }
    if ((long) o.agents() * o.capacity() < o.visitors()) {
      throw new IllegalArgumentException(
          "--agents × --capacity (%d × %d) must hold --visitors %d"
              .formatted(o.agents(), o.capacity(), o.visitors()));
    }
    if (tidy != null && !tidy.equals("true") && !tidy.equals("false")) {
      throw new IllegalArgumentException("--tidy must be true or false, was " + tidy);
    }
    LoadHttp.requireLoopback(o.baseUrl());
    return o;
  }

  /** Visitor → agent messages per second the schedule asks for (replies add as many again). */
  double messagesPerSecond() {
    return visitors * 1000.0 / intervalMillis;
  }
}
