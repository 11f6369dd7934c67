/**
 * The through-the-server load run of issue 3: {@link dev.parley.load.LoadRun} posts contacts over
 * REST to a running Parley on the loopback interface while many agents hold {@code /ws/agent}
 * sockets, and prints intake and offer latencies as {@code key=value} lines. Not a test: run it by
 * hand (see docs/benchmarks.md).
 */
package dev.parley.load;
