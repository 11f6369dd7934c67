package dev.parley.recording.internal;

import dev.parley.recording.ServerFile;
import dev.parley.recording.internal.webm.SeekableWebm;
import dev.parley.recording.internal.webm.WebmSummary;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns what was recorded into a file the library plays: a browser's chunks joined in order, a
 * media server's files as they are, each rewritten seekable (duration and cues, {@link
 * SeekableWebm}) next to the day's other recordings. Runs in the background, outside any
 * transaction (a long recording takes seconds); the outcome is stored in a transaction of its own.
 * Chunks are deleted only once the file is in place; a recording nothing playable came of is FAILED
 * with the reason, its chunks kept for an administrator.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecordingAssembly {

  private static final Logger LOG = Logger.getLogger(RecordingAssembly.class.getName());

  @Inject RecordingFiles files;

  @EJB RecordingsBean recordings;

  @EJB VoicemailContacts voicemails;

  @Asynchronous
  public void assembleBrowser(String id, String baseName) {
    long started = System.nanoTime();
    Path joined = null;
    try {
      List<Path> chunks = files.chunks(id);
      if (chunks.isEmpty()) {
        recordings.completed(id, null, 0, 0, false, "no media arrived from the agent's browser");
        return;
      }
      joined = files.incoming(id).resolve("joined.webm");
      try (OutputStream out = Files.newOutputStream(joined)) {
        for (Path chunk : chunks) {
          Files.copy(chunk, out);
        }
      }
      String relative = baseName + ".webm";
      Rewritten summary = rewrite(joined, relative);
      recordings.completed(
          id, relative, summary.durationMillis(), summary.bytes(), summary.hasVideo(), null);
      files.deleteIncoming(id);
      voicemails.assembled(id);
      LOG.info(
          () ->
              "event=recording.ready id=%s chunks=%d duration_ms=%d bytes=%d took_ms=%d"
                  .formatted(
                      id,
                      chunks.size(),
                      summary.durationMillis(),
                      summary.bytes(),
                      (System.nanoTime() - started) / 1_000_000));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "event=recording.failed id=" + id, e);
      recordings.completed(
          id, null, 0, 0, false, "the recording could not be read: " + e.getMessage());
      if (joined != null) {
        try {
          Files.deleteIfExists(joined);
        } catch (IOException ignored) {
          // the chunks are what matters; they stay
        }
      }
    }
  }

  @Asynchronous
  public void assembleServer(String id, List<ServerFile> serverFiles) {
    long started = System.nanoTime();
    boolean composite = false;
    long totalBytes = 0;
    long compositeMillis = 0;
    // A party recorded in several parts (an expert who came back) has a track per part.
    java.util.Map<String, Integer> parts = new java.util.HashMap<>();
    for (ServerFile f : serverFiles) {
      Path written = files.resolve(f.name());
      Path raw = written.resolveSibling(written.getFileName() + ".raw");
      try {
        if (!Files.isRegularFile(written) || Files.size(written) == 0) {
          LOG.warning(() -> "event=recording.file.empty id=%s file=%s".formatted(id, f.name()));
          continue;
        }
        Files.move(written, raw, StandardCopyOption.REPLACE_EXISTING);
        Rewritten summary = rewrite(raw, f.name());
        Files.deleteIfExists(raw);
        totalBytes += summary.bytes();
        if (f.party() == null) {
          composite = true;
          compositeMillis = summary.durationMillis();
          recordings.completed(
              id, f.name(), summary.durationMillis(), summary.bytes(), summary.hasVideo(), null);
        } else {
          int part = parts.merge(f.party(), 1, Integer::sum);
          String track = part == 1 ? f.party() : f.party() + "#" + part;
          recordings.track(id, track, f.name(), summary.durationMillis(), summary.bytes());
        }
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "event=recording.failed id=" + id + " file=" + f.name(), e);
        restore(raw, written); // the media server's file stays where it was written
      }
    }
    if (!composite) {
      recordings.completed(id, null, 0, 0, false, "the media server wrote no playable file");
      return;
    }
    long bytes = totalBytes;
    long durationMillis = compositeMillis;
    LOG.info(
        () ->
            "event=recording.ready id=%s files=%d duration_ms=%d bytes=%d took_ms=%d"
                .formatted(
                    id,
                    serverFiles.size(),
                    durationMillis,
                    bytes,
                    (System.nanoTime() - started) / 1_000_000));
  }

  private static void restore(Path raw, Path written) {
    try {
      if (Files.exists(raw)) {
        Files.move(raw, written, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "event=recording.restore.failed file=" + written, e);
    }
  }

  /** A file in place: what it plays, its size, whether it has video. */
  private record Rewritten(long durationMillis, long bytes, boolean hasVideo) {}

  /** Rewrites {@code source} seekable into {@code relative}, through a temporary file. */
  private Rewritten rewrite(Path source, String relative) throws IOException {
    Path target = files.resolve(relative);
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), ".rewrite-", ".tmp");
    try {
      WebmSummary summary = new SeekableWebm().rewrite(source, temp);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temp = null;
      return new Rewritten(summary.durationMillis(), Files.size(target), summary.hasVideo());
    } finally {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
