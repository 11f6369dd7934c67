package dev.parley.load.chat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's live heap, read with {@code jcmd <pid> GC.class_histogram}: the JVM runs a full
 * collection first and then counts only reachable objects, so two readings differ by what the
 * server holds in between, not by garbage waiting for a collection. (WildFly's management API would
 * need a management user; {@code jcmd} needs only the same OS user on the same machine.)
 *
 * @param bytes live bytes in all
 * @param byClass live bytes per class name
 */
record ServerHeap(long bytes, Map<String, Long> byClass) {

  private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");
  private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

  /** Reads the live heap of process {@code pid} (a full collection of that JVM). */
  static ServerHeap read(long pid) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p =
        new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.class_histogram")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("jcmd " + pid + " GC.class_histogram failed: " + out);
    }
    return parse(out);
  }

  static ServerHeap parse(String histogram) throws IOException {
    Map<String, Long> byClass = new HashMap<>();
    long total = -1;
    for (String line : histogram.split("\n")) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        byClass.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
        continue;
      }
      Matcher t = TOTAL.matcher(line.strip());
      if (t.matches()) {
        total = Long.parseLong(t.group(2));
      }
    }
    if (total < 0) {
      throw new IOException("no Total line in the class histogram: " + histogram);
    }
    return new ServerHeap(total, byClass);
  }

  /** The {@code n} classes that grew most from {@code before} to this reading, with the growth. */
  List<Map.Entry<String, Long>> grownMost(ServerHeap before, int n) {
    Map<String, Long> grown = new HashMap<>();
    byClass.forEach((c, b) -> grown.put(c, b - before.byClass.getOrDefault(c, 0L)));
    return grown.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .limit(n)
        .toList();
  }
}
