package dev.parley.recording.internal;

import dev.parley.recording.AuditAction;
import dev.parley.recording.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Writes and reads the audit trail, in the caller's transaction: an access is audited together with
 * what it did, or neither. Each entry is also logged ({@code event=audit}) for log shipping.
 */
@ApplicationScoped
class AuditTrail {

  private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  void record(String actor, AuditAction action, String recording, String contact, String detail) {
    Instant at = clock.instant();
    em.persist(new AuditEntryEntity(at, actor, action.name(), recording, contact, detail));
    LOG.info(
        () ->
            "event=audit actor=%s action=%s recording=%s contact=%s detail=%s"
                .formatted(actor, action, recording, contact, detail));
  }

  boolean played(String recording, String actor, Instant since) {
    return !em.createQuery(
            "select a.id from AuditEntryEntity a where a.recordingId = :r and a.actor = :u"
                + " and a.action = 'PLAY' and a.at >= :since",
            Long.class)
        .setParameter("r", recording)
        .setParameter("u", actor)
        .setParameter("since", since)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  List<AuditEntry> find(String recording, String actor, Instant from, Instant to, int limit) {
    StringBuilder q = new StringBuilder("select a from AuditEntryEntity a where 1 = 1");
    List<Object[]> params = new ArrayList<>();
    if (recording != null) {
      q.append(" and a.recordingId = :recording");
      params.add(new Object[] {"recording", recording});
    }
    if (actor != null) {
      q.append(" and a.actor = :actor");
      params.add(new Object[] {"actor", actor});
    }
    if (from != null) {
      q.append(" and a.at >= :from");
      params.add(new Object[] {"from", from});
    }
    if (to != null) {
      q.append(" and a.at < :to");
      params.add(new Object[] {"to", to});
    }
    q.append(" order by a.at desc, a.id desc");
    TypedQuery<AuditEntryEntity> query = em.createQuery(q.toString(), AuditEntryEntity.class);
    params.forEach(p -> query.setParameter((String) p[0], p[1]));
    return query.setMaxResults(limit).getResultList().stream().map(RecordingViews::audit).toList();
  }
}
