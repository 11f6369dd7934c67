package dev.parley.load.call;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's own account of a recording's assembly: the {@code event=recording.ready id=… …
 * took_ms=…} line {@code RecordingAssembly} logs once a recording's file (a browser's joined
 * chunks, or the media server's files) is rewritten seekable.
 */
final class AssemblyLog {
  private static final Pattern TOOK = Pattern.compile("\\btook_ms=(\\d+)");

  private AssemblyLog() {}

  /** {@code took_ms} of recording {@code id}'s ready line among {@code lines}, if there is one. */
  static OptionalLong tookMillis(List<String> lines, String id) {
    String marker = "event=recording.ready id=" + id + " ";
    for (int i = lines.size() - 1; i >= 0; i--) {
      String line = lines.get(i);
      if (line.contains(marker)) {
        Matcher m = TOOK.matcher(line);
        if (m.find()) {
          return OptionalLong.of(Long.parseLong(m.group(1)));
        }
      }
    }
    return OptionalLong.empty();
  }

  /** As {@link #tookMillis(List, String)} on the server log {@code log}. */
  static OptionalLong tookMillis(Path log, String id) {
    try {
      return tookMillis(Files.readAllLines(log), id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
