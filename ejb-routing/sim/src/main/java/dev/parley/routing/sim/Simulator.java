package dev.parley.routing.sim;

import java.io.PrintStream;

/**
 * Command-line entry point: parses the flags, runs an {@link Experiment} and prints its {@link
 * SimResult} as {@code key=value} lines. Exit status 2 on a usage error.
 */
public final class Simulator {
  private Simulator() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs with the given streams and returns the exit status, so tests need no process. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    SimConfig cfg;
    try {
      cfg = SimArguments.parse(args);
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.println(SimArguments.USAGE);
      return 2;
    }
    new Experiment(cfg).run().lines().forEach(out::println);
    return 0;
  }
}
