package dev.parley.recording.internal;

import dev.parley.platform.config.DataDirectory;
import dev.parley.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The recordings directory: {@code parley.recordings.dir} (environment {@code
 * PARLEY_RECORDINGS_DIR}), else the data directory's {@code recordings}. Finished files live in a
 * folder per day ({@code 2026-12-05/<id>.webm}, the media server's per-party files beside them);
 * browser chunks arrive in {@code incoming/<id>/<sequence>.part} until they are joined. Paths kept
 * in the database are relative to the directory, so it can be moved.
 */
@ApplicationScoped
public class RecordingFiles {

  public static final String PROPERTY = "parley.recordings.dir";

  static final String INCOMING = "incoming";

  @Inject DataDirectory data;

  @Inject
  @ConfigProperty(name = PROPERTY)
  Optional<String> configured;

  private Path root;

  @PostConstruct
  void resolve() {
    root =
        configured
            .filter(s -> !s.isBlank())
            .map(s -> Path.of(s).toAbsolutePath().normalize())
            .orElseGet(() -> data.root().resolve("recordings"));
    try {
      Files.createDirectories(root.resolve(INCOMING));
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

  /** The base name (no extension) of a recording's files: its day's folder and its id. */
  String baseName(String id, java.time.Instant startedAt) {
    return LocalDate.ofInstant(startedAt, ZoneOffset.UTC) + "/" + id;
  }

  /** A path relative to the directory, refused when it would leave it. */
  Path resolve(String relative) {
    Path p = root.resolve(relative).normalize();
    if (!p.startsWith(root)) {
      throw new IllegalArgumentException("outside the recordings directory: " + relative);
    }
    return p;
  }

  String relative(Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  Path incoming(String id) {
    return root.resolve(INCOMING).resolve(id);
  }

  /**
   * Stores chunk {@code sequence} (replacing a retried one), at most {@code maxBytes}; answers its
   * size. Written to a temporary name first, so a broken upload leaves the earlier chunk.
   */
  long storeChunk(String id, int sequence, InputStream data, long maxBytes) throws IOException {
    Path dir = incoming(id);
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "chunk-", ".tmp");
    try {
      long size = 0;
      try (OutputStream out = Files.newOutputStream(temp)) {
        byte[] buffer = new byte[16384];
        int n;
        while ((n = data.read(buffer)) > 0) {
          size += n;
          if (size > maxBytes) {
            throw new ChunkTooLargeException(maxBytes);
          }
          out.write(buffer, 0, n);
        }
      }
      Files.move(
          temp,
          dir.resolve("%08d.part".formatted(sequence)),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      temp = null;
      return size;
    } finally {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** The chunks of a recording in order (possibly with gaps: a chunk that never arrived). */
  List<Path> chunks(String id) throws IOException {
    Path dir = incoming(id);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".part")).sorted().toList();
    }
  }

  void deleteIncoming(String id) {
    deleteTree(incoming(id));
  }

  /** Deletes a recording's file (and nothing outside the directory); gone already is fine. */
  void delete(String relative) {
    try {
      Files.deleteIfExists(resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete recording file " + relative, e);
    }
  }

  /** Every finished file under the directory (not the incoming chunks), relative. */
  List<String> finishedFiles() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(Files::isRegularFile)
          .filter(f -> !f.startsWith(root.resolve(INCOMING)))
          .forEach(f -> out.add(relative(f)));
    }
    return out;
  }

  /** Incoming folders (one per browser recording that has chunks), by recording id. */
  List<String> incomingIds() throws IOException {
    try (Stream<Path> dirs = Files.list(root.resolve(INCOMING))) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList();
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }

  /** A chunk over the size limit. */
  static final class ChunkTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    ChunkTooLargeException(long max) {
      super("a chunk may have at most " + max + " bytes");
    }
  }
}
