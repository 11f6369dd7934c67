package dev.parley.channels.chat;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Parley's data directory as the deployment sees it: {@code parley.data.dir} (environment {@code
 * PARLEY_DATA_DIR}), else the server's data directory's {@code parley} folder — the same rule as
 * the database's location (configure.cli).
 */
final class DataFolder {
  private DataFolder() {}

  static Path resolve(Optional<String> configured) {
    String dir =
        configured
            .filter(s -> !s.isBlank())
            .orElseGet(() -> System.getProperty("jboss.server.data.dir", "data") + "/parley");
    return Path.of(dir).toAbsolutePath().normalize();
  }
}
