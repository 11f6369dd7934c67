package dev.parley.recording.internal;

import dev.parley.platform.persistence.AfterCompletion;
import dev.parley.recording.AuditAction;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Deletes recordings whose retention ended ({@link Retention}): the row, its pauses and tracks, and
 * an EXPIRED audit entry in one transaction; the files once that transaction committed, so a rolled
 * back deletion leaves the recording whole. A file that cannot be deleted then is reported by the
 * next start-up check as an orphan.
 */
@ApplicationScoped
class RecordingExpiry {

  private static final Logger LOG = Logger.getLogger(RecordingExpiry.class.getName());

  @PersistenceContext EntityManager em;

  @Inject RecordingFiles files;

  @Inject AuditTrail audit;

  @Resource TransactionSynchronizationRegistry transactions;

  int expire(Instant now) {
    List<RecordingEntity> candidates =
        em.createQuery(
                "select r from RecordingEntity r where r.expiresAt <= :now and r.legalHold = false"
                    + " and r.state in ('READY', 'FAILED', 'MISSING')",
                RecordingEntity.class)
            .setParameter("now", now)
            .setMaxResults(500)
            .getResultList();
    List<String> toDelete = new ArrayList<>();
    int n = 0;
    for (RecordingEntity e : candidates) {
      if (!Retention.due(e.expiresAt, e.legalHold, now)) {
        continue;
      }
      if (e.filePath != null) {
        toDelete.add(e.filePath);
      }
      e.tracks.forEach(t -> toDelete.add(t.filePath));
      audit.record(
          RecordingsBean.SYSTEM,
          AuditAction.EXPIRED,
          e.id,
          e.contactId,
          "retention ended %s (queue %s, call of %s, %d ms): file and metadata deleted"
              .formatted(e.expiresAt, e.queueName, e.startedAt, e.durationMs));
      em.remove(e);
      n++;
    }
    if (!toDelete.isEmpty()) {
      AfterCompletion.afterCommit(transactions, () -> toDelete.forEach(files::delete));
    }
    int expired = n;
    if (expired > 0) {
      LOG.info(() -> "event=recordings.expired count=" + expired);
    }
    return expired;
  }
}
