package dev.parley.recording.internal;

import dev.parley.recording.AuditAction;
import dev.parley.recording.ConsistencyReport;
import dev.parley.recording.RecordingState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Files against metadata: a READY recording whose file (or a track's) is gone becomes MISSING; a
 * file under the directory that no recording owns is an orphan, left where it is. Both are logged
 * as warnings and written to the audit trail (actor {@code system}), where admins see them; a
 * recording already MISSING is not reported again. Files of recordings still being made (the media
 * server's, named after their recording) are not orphans.
 */
@ApplicationScoped
class RecordingCheck {

  private static final Logger LOG = Logger.getLogger(RecordingCheck.class.getName());

  @PersistenceContext EntityManager em;

  @Inject RecordingFiles files;

  @Inject AuditTrail audit;

  ConsistencyReport check() {
    List<RecordingEntity> all =
        em.createQuery("select r from RecordingEntity r", RecordingEntity.class).getResultList();
    Set<String> owned = new HashSet<>();
    Set<String> ownedPrefixes = new HashSet<>();
    Set<String> ids = new HashSet<>();
    List<String> missing = new ArrayList<>();
    for (RecordingEntity e : all) {
      ids.add(e.id);
      if (e.filePath != null) {
        owned.add(e.filePath);
      }
      e.tracks.forEach(t -> owned.add(t.filePath));
      if (!RecordingState.READY.name().equals(e.state)) {
        if (e.filePath != null) {
          ownedPrefixes.add(e.filePath.replaceAll("\\.webm$", ""));
        }
        continue;
      }
      List<String> gone = new ArrayList<>();
      if (e.filePath == null || !Files.isRegularFile(files.resolve(e.filePath))) {
        gone.add(String.valueOf(e.filePath));
      }
      e.tracks.stream()
          .filter(t -> !Files.isRegularFile(files.resolve(t.filePath)))
          .forEach(t -> gone.add(t.filePath));
      if (!gone.isEmpty()) {
        e.state = RecordingState.MISSING.name();
        e.problem = "file missing at the start-up check: " + String.join(", ", gone);
        missing.add(e.id);
        audit.record(RecordingsBean.SYSTEM, AuditAction.FILE_MISSING, e.id, e.contactId, e.problem);
        LOG.warning(() -> "event=recordings.check.missing id=%s files=%s".formatted(e.id, gone));
      }
    }
    List<String> orphans = new ArrayList<>();
    try {
      for (String file : files.finishedFiles()) {
        boolean mine =
            owned.contains(file) || ownedPrefixes.stream().anyMatch(p -> file.startsWith(p + "."));
        if (!mine) {
          orphans.add(file);
        }
      }
      for (String id : files.incomingIds()) {
        if (!ids.contains(id)) {
          orphans.add(RecordingFiles.INCOMING + "/" + id + "/");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the recordings directory", e);
    }
    for (String orphan : orphans) {
      audit.record(
          RecordingsBean.SYSTEM,
          AuditAction.FILE_ORPHAN,
          null,
          null,
          "no recording owns " + orphan + " (left in place)");
      LOG.warning(() -> "event=recordings.check.orphan file=" + orphan);
    }
    ConsistencyReport report = new ConsistencyReport(missing, orphans, all.size());
    LOG.info(
        () ->
            "event=recordings.check recordings=%d missing=%d orphans=%d dir=%s"
                .formatted(all.size(), missing.size(), orphans.size(), files.root()));
    return report;
  }
}
