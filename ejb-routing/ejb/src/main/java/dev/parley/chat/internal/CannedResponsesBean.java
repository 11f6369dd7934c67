package dev.parley.chat.internal;

import dev.parley.chat.CannedResponse;
import dev.parley.chat.CannedResponses;
import dev.parley.platform.persistence.StoreDurability;
import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.RoutingRefusedException.Kind;
import dev.parley.routing.api.id.AgentId;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** {@link CannedResponses} on {@code canned_response}. */
@Stateless
@Local(CannedResponses.class)
public class CannedResponsesBean implements CannedResponses {

  /** More than any agent needs; keeps a runaway client from filling the table. */
  static final int MAX_PER_OWNER = 500;

  @PersistenceContext(unitName = "parley")
  EntityManager em;

  @Inject Clock clock;

  @Inject StoreDurability durability;

  @Override
  public List<CannedResponse> forAgent(AgentId agent) {
    return em.createQuery(
            "select c from CannedResponseEntity c where c.owner is null or c.owner = :agent"
                + " order by case when c.owner is null then 0 else 1 end, c.title, c.id",
            CannedResponseEntity.class)
        .setParameter("agent", agent.value())
        .getResultStream()
        .map(CannedResponseEntity::view)
        .toList();
  }

  @Override
  public List<CannedResponse> shared() {
    return em.createQuery(
            "select c from CannedResponseEntity c where c.owner is null order by c.title, c.id",
            CannedResponseEntity.class)
        .getResultStream()
        .map(CannedResponseEntity::view)
        .toList();
  }

  @Override
  public CannedResponse create(AgentId owner, String title, String text) {
    String who = owner == null ? null : owner.value();
    var query =
        em.createQuery(
            "select count(c) from CannedResponseEntity c where "
                + (who == null ? "c.owner is null" : "c.owner = :owner"),
            Long.class);
    if (who != null) {
      query.setParameter("owner", who);
    }
    long count = query.getSingleResult();
    if (count >= MAX_PER_OWNER) {
      throw new RoutingRefusedException(
          Kind.CONFLICT, "at most " + MAX_PER_OWNER + " canned responses each");
    }
    CannedResponseEntity row =
        new CannedResponseEntity(
            UUID.randomUUID().toString(), who, title.strip(), text.strip(), clock.instant());
    em.persist(row);
    durability.flushAfterCommit();
    return row.view();
  }

  @Override
  public CannedResponse updateShared(String id, String title, String text) {
    CannedResponseEntity row = em.find(CannedResponseEntity.class, id);
    if (row == null || row.owner() != null) {
      throw new RoutingRefusedException(Kind.NOT_FOUND, "no shared canned response " + id);
    }
    row.change(title.strip(), text.strip());
    durability.flushAfterCommit();
    return row.view();
  }

  @Override
  public boolean delete(String id, AgentId owner) {
    CannedResponseEntity row = em.find(CannedResponseEntity.class, id);
    String who = owner == null ? null : owner.value();
    if (row == null || !Objects.equals(row.owner(), who)) {
      return false;
    }
    em.remove(row);
    durability.flushAfterCommit();
    return true;
  }
}
