package dev.parley.load.chat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** CPU time used so far by a process on this (Linux) machine: to put a cost on each message. */
public final class ProcessCpu {
  /** Linux's USER_HZ: {@code /proc/<pid>/stat} counts CPU time in these ticks. */
  private static final double TICKS_PER_SECOND = 100.0;

  private ProcessCpu() {}

  /** User + system CPU seconds of {@code pid}; NaN when unknown (pid 0, not Linux). */
  public static double seconds(long pid) {
    if (pid <= 0) {
      return Double.NaN;
    }
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // fields after the command name, which is in parentheses and may hold spaces
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** CPU seconds of this process. */
  public static double self() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos() / 1e9;
  }
}
