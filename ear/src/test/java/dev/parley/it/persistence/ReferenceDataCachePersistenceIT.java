package dev.parley.it.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.Deployments;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.admin.ReferenceKind;
import dev.parley.routing.api.admin.RoutingAdmin;
import dev.parley.routing.api.admin.SkillDefinition;
import dev.parley.routing.queue.jpa.QueueEntity;
import dev.parley.routing.skill.jpa.SkillEntity;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.Cache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Routing reference data (queues, skills, agent profiles, business hours) is read through
 * Hibernate's second-level cache, which WildFly backs with Infinispan. Runs in the container on H2
 * and, in CI, on PostgreSQL. The proof that a read came from the cache: the row is changed behind
 * Hibernate's back and the cached read still returns the old value until evicted.
 */
@ExtendWith(ArquillianExtension.class)
class ReferenceDataCachePersistenceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.parleyWithTestsOf(ReferenceDataCachePersistenceIT.class);
  }

  @EJB RoutingAdmin admin;

  @PersistenceUnit(unitName = "parley")
  EntityManagerFactory emf;

  /** Transaction-scoped; used outside a transaction, so every find is a new persistence context. */
  @PersistenceContext(unitName = "parley")
  EntityManager em;

  @Resource(lookup = "java:jboss/datasources/ParleyDS")
  DataSource dataSource;

  @Test
  void theSecondLevelCacheIsInfinispan() {
    Object factory = emf.getProperties().get("hibernate.cache.region.factory_class");
    assertThat(String.valueOf(factory)).containsIgnoringCase("infinispan");
    assertThat(emf.getProperties().get("hibernate.cache.use_second_level_cache"))
        .hasToString("true");
  }

  @Test
  void queuesAndSkillsAreServedFromTheCache() throws SQLException {
    String skill = "cache-" + UUID.randomUUID().toString().substring(0, 8);
    String queue = "Cache " + skill;
    admin.save(ReferenceKind.SKILL, new SkillDefinition(skill, "SKILL")).definition();
    admin.save(
        ReferenceKind.QUEUE,
        QueueDefinition.basic(
            queue,
            List.of("CHAT"),
            3,
            "LONGEST_IDLE",
            20,
            0,
            List.of(),
            false,
            List.of(new QueueDefinition.RequiredSkill(skill, 1)),
            20,
            80));
    Cache cache = emf.getCache();
    cache.evict(QueueEntity.class);
    cache.evict(SkillEntity.class);
    assertThat(cache.contains(QueueEntity.class, queue)).isFalse();

    assertThat(em.find(QueueEntity.class, queue).priority()).isEqualTo(3);
    assertThat(em.find(SkillEntity.class, skill)).isNotNull();
    assertThat(cache.contains(QueueEntity.class, queue)).isTrue();
    assertThat(cache.contains(SkillEntity.class, skill)).isTrue();

    setPriority(queue, 9); // behind Hibernate's back
    assertThat(em.find(QueueEntity.class, queue).priority()).as("read from the cache").isEqualTo(3);
    cache.evict(QueueEntity.class, queue);
    assertThat(em.find(QueueEntity.class, queue).priority())
        .as("read from the database")
        .isEqualTo(9);

    setPriority(queue, 3);
    cache.evict(QueueEntity.class, queue);
    admin.delete(ReferenceKind.QUEUE, queue);
    admin.delete(ReferenceKind.SKILL, skill);
  }

  private void setPriority(String queue, int priority) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("UPDATE routing_queue SET priority = ? WHERE name = ?")) {
      s.setInt(1, priority);
      s.setString(2, queue);
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }
}
