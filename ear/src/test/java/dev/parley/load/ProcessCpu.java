package dev.parley.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * CPU time of a process, or of a process and all its descendants (a browser: chromedriver, the
 * browser and its renderer, GPU and utility processes), from {@code /proc/<pid>/stat}: user +
 * system time, plus that of its children that ended and were waited for — so a renderer that exits
 * between two readings moves its time into its parent's and is not lost. Linux reports these in
 * clock ticks of 1/100 s ({@code USER_HZ}), so a reading is good to 10 ms.
 */
public final class ProcessCpu {
  static final int TICKS_PER_SECOND = 100;

  private ProcessCpu() {}

  /**
   * Clock ticks of {@code utime + stime + cutime + cstime} in one {@code /proc/<pid>/stat} line.
   * The command name (second field) is in parentheses and may hold spaces and parentheses itself,
   * so the fields are counted after the last {@code ')'}.
   */
  static long ticks(String statLine) {
    int close = statLine.lastIndexOf(')');
    if (close < 0) {
      throw new IllegalArgumentException("not a /proc/<pid>/stat line: " + statLine);
    }
    // after ")": state(3) ppid(4) pgrp(5) session(6) tty_nr(7) tpgid(8) flags(9) minflt(10)
    // cminflt(11) majflt(12) cmajflt(13) utime(14) stime(15) cutime(16) cstime(17)
    String[] f = statLine.substring(close + 1).strip().split("\\s+");
    if (f.length < 15) {
      throw new IllegalArgumentException("too few fields in /proc/<pid>/stat: " + statLine);
    }
    return Long.parseLong(f[11])
        + Long.parseLong(f[12])
        + Long.parseLong(f[13])
        + Long.parseLong(f[14]);
  }

  /** CPU seconds of {@code pid} alone; 0 when it is gone, NaN when no pid is given (0 or less). */
  public static double seconds(long pid) {
    return pid <= 0 ? Double.NaN : ticksOf(pid) / (double) TICKS_PER_SECOND;
  }

  /** CPU seconds of this process, as the JVM reports them. */
  public static double self() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos() / 1e9;
  }

  /** CPU seconds of {@code pid} and every descendant alive now. */
  public static double treeSeconds(long pid) {
    return ProcessHandle.of(pid)
            .map(p -> Stream.concat(Stream.of(p), p.descendants()))
            .orElseGet(Stream::empty)
            .mapToLong(p -> ticksOf(p.pid()))
            .sum()
        / (double) TICKS_PER_SECOND;
  }

  private static long ticksOf(long pid) {
    try {
      return ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
    } catch (NoSuchFileException e) {
      return 0; // ended meanwhile: its time is in its parent's cutime/cstime
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
