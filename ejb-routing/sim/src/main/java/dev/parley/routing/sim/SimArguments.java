package dev.parley.routing.sim;

import dev.parley.routing.queue.Strategy;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses {@code --flag value} pairs into a {@link SimConfig}. Every flag takes a value; an unknown,
 * repeated or malformed flag is refused with a {@link UsageException} naming it.
 */
public final class SimArguments {
  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "usage: Simulator --agents N --arrivals-per-hour X --aht SECONDS [options]",
          "  --sl-seconds S              service-level threshold (default 20)",
          "  --sl-target PERCENT         voice service-level target, drives blending (default 80)",
          "  --hours H                   measured simulated hours (default 2000)",
          "  --warmup-hours H            simulated hours before measuring (default 1)",
          "  --seed N                    random seed (default 1)",
          "  --strategy NAME             longest-idle, round-robin, random, least-busy, linear,",
          "                              best-skill or ring-all (default longest-idle)",
          "  --voice-queues K            spread voice arrivals over K queues (default 1)",
          "  --email-arrivals-per-hour X blend e-mail from a second queue (default 0 = off)",
          "  --email-aht SECONDS         e-mail mean handle time (default 600)",
          "  --patience SECONDS          mean caller patience (default: callers never abandon)",
          "  --answer-delay SECONDS      time agents take to accept an offer (default 0)");

  private static final List<String> FLAGS =
      List.of(
          "--agents",
          "--arrivals-per-hour",
          "--aht",
          "--sl-seconds",
          "--sl-target",
          "--hours",
          "--warmup-hours",
          "--seed",
          "--strategy",
          "--voice-queues",
          "--email-arrivals-per-hour",
          "--email-aht",
          "--patience",
          "--answer-delay");

  private SimArguments() {}

  public static SimConfig parse(String... args) {
    Map<String, String> v = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String flag = args[i];
      if (!FLAGS.contains(flag)) {
        throw new UsageException("unknown flag " + flag);
      }
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        throw new UsageException(flag + " needs a value");
      }
      if (v.put(flag, args[i + 1]) != null) {
        throw new UsageException(flag + " is given twice");
      }
    }
    return new SimConfig(
        wholeNumber(v, "--agents", null),
        number(v, "--arrivals-per-hour", null),
        number(v, "--aht", null),
        wholeNumber(v, "--voice-queues", 1),
        number(v, "--email-arrivals-per-hour", 0.0),
        number(v, "--email-aht", 600.0),
        number(v, "--sl-seconds", 20.0),
        number(v, "--sl-target", 80.0),
        number(v, "--hours", 2000.0),
        number(v, "--warmup-hours", 1.0),
        patience(v),
        number(v, "--answer-delay", 0.0),
        strategy(v.get("--strategy")),
        seed(v));
  }

  private static double patience(Map<String, String> v) {
    if (!v.containsKey("--patience")) {
      return 0;
    }
    double p = number(v, "--patience", null);
    if (!(p > 0)) {
      throw new UsageException("--patience must be positive (leave it out for no abandonment)");
    }
    return p;
  }

  private static String required(Map<String, String> v, String flag) {
    String s = v.get(flag);
    if (s == null) {
      throw new UsageException(flag + " is required");
    }
    return s;
  }

  private static double number(Map<String, String> v, String flag, Double fallback) {
    if (fallback != null && !v.containsKey(flag)) {
      return fallback;
    }
    String s = required(v, flag);
    try {
      double d = Double.parseDouble(s);
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below with the flag's name
    }
    throw new UsageException(flag + " expects a number, got '" + s + "'");
  }

  private static int wholeNumber(Map<String, String> v, String flag, Integer fallback) {
    if (fallback != null && !v.containsKey(flag)) {
      return fallback;
    }
    String s = required(v, flag);
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new UsageException(flag + " expects a whole number, got '" + s + "'");
    }
  }

  private static long seed(Map<String, String> v) {
    String s = v.getOrDefault("--seed", "1");
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new UsageException("--seed expects a whole number, got '" + s + "'");
    }
  }

  private static Strategy strategy(String s) {
    if (s == null) {
      return Strategy.LONGEST_IDLE;
    }
    try {
      return Strategy.valueOf(s.strip().replace('-', '_').toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "--strategy must be one of longest-idle, round-robin, random, least-busy, linear,"
              + " best-skill, ring-all; got '"
              + s
              + "'");
    }
  }
}
