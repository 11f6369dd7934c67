package dev.parley.routing.store;

import dev.parley.routing.agent.jpa.AgentPresenceEntity;
import dev.parley.routing.agent.jpa.AgentProfileEntity;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.CustomerId;
import dev.parley.routing.contact.jpa.ContactEntity;
import dev.parley.routing.contact.jpa.ContactEventEntity;
import dev.parley.routing.contact.jpa.ContactOriginEntity;
import dev.parley.routing.customer.StickyAgentMemory;
import dev.parley.routing.queue.jpa.BusinessHoursEntity;
import dev.parley.routing.queue.jpa.QueueEntity;
import dev.parley.routing.skill.jpa.SkillEntity;
import dev.parley.routing.store.jdbc.HistoryBatch;
import dev.parley.routing.store.jdbc.NewContactRows;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads and writes routing's tables in the caller's transaction. Reference data is read with {@code
 * find}/queries that Hibernate answers from the second-level cache when it can.
 */
@Dependent
public class RoutingStore {

  @PersistenceContext(unitName = "parley")
  EntityManager em;

  @Resource(lookup = "java:jboss/datasources/ParleyDS")
  DataSource dataSource;

  public List<QueueEntity> queues() {
    return em.createNamedQuery(QueueEntity.ALL, QueueEntity.class).getResultList();
  }

  public Optional<QueueEntity> queue(String name) {
    return Optional.ofNullable(em.find(QueueEntity.class, name));
  }

  /** The routing settings' single row (created by V4__routing_settings.sql). */
  public RoutingSettingsEntity settings() {
    RoutingSettingsEntity row = em.find(RoutingSettingsEntity.class, RoutingSettingsEntity.ID);
    if (row == null) {
      throw new IllegalStateException("routing_settings has no row " + RoutingSettingsEntity.ID);
    }
    return row;
  }

  public List<SkillEntity> skills() {
    return em.createNamedQuery(SkillEntity.ALL, SkillEntity.class).getResultList();
  }

  public Optional<SkillEntity> skill(String name) {
    return Optional.ofNullable(em.find(SkillEntity.class, name));
  }

  public List<BusinessHoursEntity> calendars() {
    return em.createNamedQuery(BusinessHoursEntity.ALL, BusinessHoursEntity.class).getResultList();
  }

  public Optional<BusinessHoursEntity> calendar(String name) {
    return Optional.ofNullable(em.find(BusinessHoursEntity.class, name));
  }

  public List<AgentProfileEntity> profiles() {
    return em.createNamedQuery(AgentProfileEntity.ALL, AgentProfileEntity.class).getResultList();
  }

  public Optional<AgentProfileEntity> profile(String username) {
    return Optional.ofNullable(em.find(AgentProfileEntity.class, username));
  }

  public List<AgentPresenceEntity> loggedInAgents() {
    return em.createNamedQuery(AgentPresenceEntity.LOGGED_IN, AgentPresenceEntity.class)
        .getResultList();
  }

  /** Presence rows of agents routing took OFFLINE, with the reason (connection lost). */
  public List<AgentPresenceEntity> takenOffline() {
    return em.createNamedQuery(AgentPresenceEntity.TAKEN_OFFLINE, AgentPresenceEntity.class)
        .getResultList();
  }

  public Optional<AgentPresenceEntity> presence(String username) {
    return Optional.ofNullable(em.find(AgentPresenceEntity.class, username));
  }

  public List<ContactEntity> openContacts() {
    return em.createNamedQuery(ContactEntity.OPEN, ContactEntity.class).getResultList();
  }

  /** The contacts of every one of {@code customerKeys}, newest first (at most 500). */
  public List<ContactEntity> contactsOf(Collection<String> customerKeys) {
    return em.createNamedQuery(ContactEntity.BY_CUSTOMER, ContactEntity.class)
        .setParameter("keys", customerKeys)
        .setMaxResults(500)
        .getResultList();
  }

  /**
   * Who took which customer's contact at or after {@code since} (the latest acceptance of each
   * contact; consult segments left out), for the sticky-agent memory of a rebuilt engine.
   */
  public List<StickyAgentMemory.Served> servedSince(Instant since) {
    List<StickyAgentMemory.Served> served = new ArrayList<>();
    for (Object[] row :
        em.createNamedQuery(ContactEntity.SERVED_SINCE, Object[].class)
            .setParameter("since", since)
            .getResultList()) {
      served.add(
          new StickyAgentMemory.Served(
              CustomerId.of((String) row[0]), AgentId.of((String) row[1]), (Instant) row[2]));
    }
    return served;
  }

  /** The offer history of every contact stored OFFERED, for {@link StoredOffers#open}. */
  public List<StoredOffers.Row> offerHistoryOfOffered() {
    List<StoredOffers.Row> rows = new ArrayList<>();
    for (Object[] row :
        em.createNamedQuery(ContactEventEntity.OFFERS_OF_OFFERED, Object[].class).getResultList()) {
      rows.add(
          new StoredOffers.Row(
              (String) row[0], (String) row[1], (String) row[2], (Instant) row[3]));
    }
    return rows;
  }

  public Optional<ContactEntity> contact(String id) {
    return Optional.ofNullable(em.find(ContactEntity.class, id));
  }

  public List<ContactEventEntity> history(String contactId) {
    return em.createNamedQuery(ContactEventEntity.OF_CONTACT, ContactEventEntity.class)
        .setParameter("contact", contactId)
        .getResultList();
  }

  public boolean wasOffered(String contactId, String agent) {
    return em.createNamedQuery(ContactEventEntity.COUNT_OFFERS_TO, Long.class)
            .setParameter("contact", contactId)
            .setParameter("agent", agent)
            .getSingleResult()
        > 0;
  }

  public long maxArrivalSeq() {
    Long max = em.createNamedQuery(ContactEntity.MAX_SEQ, Long.class).getSingleResult();
    return max == null ? 0 : max;
  }

  long maxEventId() {
    Long max = em.createNamedQuery(ContactEventEntity.MAX_ID, Long.class).getSingleResult();
    return max == null ? 0 : max;
  }

  /** The contact made from {@code origin} (see {@code NewContact.origin}), if any. */
  public Optional<String> contactOfOrigin(String origin) {
    return Optional.ofNullable(em.find(ContactOriginEntity.class, origin))
        .map(ContactOriginEntity::contactId);
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  public void flush() {
    em.flush();
  }

  /**
   * Inserts a batch's new contact rows, then its history, in the caller's transaction (see {@link
   * NewContactRows} and {@link HistoryBatch}).
   */
  void insert(NewContactRows contacts, HistoryBatch history) {
    if (contacts.isEmpty() && history.isEmpty()) {
      return; // no connection handle for a batch that wrote neither
    }
    // Within a JTA transaction the pool hands out the transaction's connection, the one
    // Hibernate has just flushed to: everything commits or rolls back together, and the new
    // contacts are visible to their history's foreign key.
    try (Connection c = dataSource.getConnection()) {
      if (!contacts.isEmpty()) {
        contacts.writeTo(c);
      }
      if (!history.isEmpty()) {
        history.writeTo(c);
      }
    } catch (SQLException e) {
      throw new PersistenceException(
          "routing contacts or history not written: " + e.getMessage(), e);
    }
  }
}
