package dev.parley.recording.internal;

import dev.parley.recording.RecordingPage;
import dev.parley.recording.RecordingQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The library's search: criteria to one JPQL query and its count, parameters bound, never spliced.
 */
@ApplicationScoped
class RecordingSearch {

  @PersistenceContext EntityManager em;

  RecordingPage search(RecordingQuery q) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (q.from() != null) {
      where.append(" and r.startedAt >= :from");
      params.put("from", q.from());
    }
    if (q.to() != null) {
      where.append(" and r.startedAt < :to");
      params.put("to", q.to());
    }
    if (present(q.agent())) {
      where.append(" and (r.agents like :agent escape '!' or r.experts like :agent escape '!')");
      params.put("agent", "%," + likeSafe(q.agent().strip()) + ",%");
    }
    if (present(q.customer())) {
      where.append(
          " and (lower(r.customerName) like :customer escape '!'"
              + " or lower(r.customerAddress) like :customer escape '!'"
              + " or lower(r.customerId) like :customer escape '!')");
      params.put("customer", "%" + likeSafe(q.customer().strip().toLowerCase(Locale.ROOT)) + "%");
    }
    if (present(q.queue())) {
      where.append(" and r.queueName = :queue");
      params.put("queue", q.queue().strip());
    }
    if (present(q.channel())) {
      where.append(" and r.channel = :channel");
      params.put("channel", q.channel().strip().toUpperCase(Locale.ROOT));
    }
    if (q.kind() != null) {
      where.append(" and r.kind = :kind");
      params.put("kind", q.kind().name());
    }
    if (q.minDurationSeconds() != null && q.minDurationSeconds() > 0) {
      where.append(" and r.durationMs >= :min");
      params.put("min", q.minDurationSeconds() * 1000L);
    }
    String column = "DURATION".equals(q.sort()) ? "r.durationMs" : "r.startedAt";
    String direction = q.ascending() ? " asc" : " desc";
    Query count = em.createQuery("select count(r) from RecordingEntity r" + where);
    var select =
        em.createQuery(
            "select r from RecordingEntity r"
                + where
                + " order by "
                + column
                + direction
                + ", r.id"
                + direction,
            RecordingEntity.class);
    params.forEach(
        (k, v) -> {
          count.setParameter(k, v);
          select.setParameter(k, v);
        });
    long total = (Long) count.getSingleResult();
    var items =
        select.setFirstResult(q.page() * q.size()).setMaxResults(q.size()).getResultList().stream()
            .map(RecordingViews::view)
            .toList();
    return new RecordingPage(items, total, q.page(), q.size());
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  /** LIKE wildcards typed by the user are matched literally ('!' escapes). */
  private static String likeSafe(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
