package dev.parley.routing.agent.jpa;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Row of {@code routing_agent}: an account's routing profile. The username is the account's (and
 * the engine's agent id). Capacity rows exist for every channel once saved through the service.
 */
@Entity
@Cacheable
@Table(name = "routing_agent")
@NamedQuery(
    name = AgentProfileEntity.ALL,
    query = "select a from AgentProfileEntity a order by a.username")
public class AgentProfileEntity {
  public static final String ALL = "AgentProfileEntity.all";

  @Id
  @Column(name = "username", length = 64)
  private String username;

  @Column(name = "chat_interruptible", nullable = false)
  private boolean chatInterruptible;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "routing_agent_skill", joinColumns = @JoinColumn(name = "username"))
  private Set<SkillLevel> skills = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "routing_agent_capacity", joinColumns = @JoinColumn(name = "username"))
  @MapKeyColumn(name = "channel", length = 16)
  @Column(name = "slots", nullable = false)
  private Map<String, Integer> capacity = new LinkedHashMap<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "routing_agent_queue", joinColumns = @JoinColumn(name = "username"))
  private Set<QueueMembership> queues = new LinkedHashSet<>();

  @Version private long version;

  protected AgentProfileEntity() {}

  public AgentProfileEntity(String username) {
    this.username = username;
  }

  public String username() {
    return username;
  }

  public boolean chatInterruptible() {
    return chatInterruptible;
  }

  public Set<SkillLevel> skills() {
    return skills;
  }

  public Map<String, Integer> capacity() {
    return capacity;
  }

  public Set<QueueMembership> queues() {
    return queues;
  }

  /** Replaces the whole profile (collections refilled in place). */
  public void update(
      boolean chatInterruptible,
      Set<SkillLevel> skills,
      Map<String, Integer> capacity,
      Set<QueueMembership> queues) {
    this.chatInterruptible = chatInterruptible;
    this.skills.clear();
    this.skills.addAll(skills);
    this.capacity.clear();
    this.capacity.putAll(capacity);
    this.queues.clear();
    this.queues.addAll(queues);
  }
}
