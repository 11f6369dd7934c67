package dev.parley.platform.config;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Parley's data directory: {@code parley.data.dir} (environment {@code PARLEY_DATA_DIR}), else the
 * server's data directory's {@code parley} folder, the same one the embedded database lives in
 * (configure.cli). Created at start-up; one that cannot be created stops the deployment, naming the
 * setting.
 */
@ApplicationScoped
public class DataDirectory {

  public static final String PROPERTY = "parley.data.dir";

  @Inject
  @ConfigProperty(name = PROPERTY)
  Optional<String> configured;

  private Path root;

  @PostConstruct
  void resolve() {
    String dir =
        configured
            .filter(s -> !s.isBlank())
            .orElseGet(() -> System.getProperty("jboss.server.data.dir", "data") + "/parley");
    root = Path.of(dir).toAbsolutePath().normalize();
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new IllegalStateException(
          "setting %s (environment %s): cannot create %s: %s"
              .formatted(PROPERTY, Settings.environmentName(PROPERTY), root, e.getMessage()),
          e);
    }
  }

  public Path root() {
    return root;
  }

  /** A folder below the data directory, created when missing. */
  public Path folder(String name) {
    Path p = root.resolve(name).normalize();
    try {
      Files.createDirectories(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + p, e);
    }
    return p;
  }
}
