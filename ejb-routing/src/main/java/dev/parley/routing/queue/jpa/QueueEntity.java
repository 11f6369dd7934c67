package dev.parley.routing.queue.jpa;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Row of {@code routing_queue}. Holds the subset of {@link dev.parley.routing.queue.QueueConfig}
 * that administrators edit today plus what the engine does not know (disposition codes); the
 * mapping to the engine's config lives in the routing service. Values are validated by the
 * service before they get here; the table's CHECK constraints are the last line.
 */
@Entity
@Cacheable
@Table(name = "routing_queue")
@NamedQuery(name = QueueEntity.ALL, query = "select q from QueueEntity q order by q.name")
public class QueueEntity {
  public static final String ALL = "QueueEntity.all";

  @Id
  @Column(name = "name", length = 64)
  private String name;

  @Column(nullable = false)
  private int priority;

  @Column(nullable = false, length = 16)
  private String strategy;

  @Column(name = "offer_timeout_seconds", nullable = false)
  private int offerTimeoutSeconds;

  @Column(name = "wrap_up_seconds", nullable = false)
  private int wrapUpSeconds;

  @Column(name = "disposition_required", nullable = false)
  private boolean dispositionRequired;

  @Column(name = "sl_threshold_seconds", nullable = false)
  private int serviceLevelSeconds;

  @Column(name = "sl_target_percent", nullable = false)
  private int serviceLevelPercent;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "routing_queue_channel", joinColumns = @JoinColumn(name = "queue_name"))
  @Column(name = "channel", nullable = false, length = 8)
  private Set<String> channels = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "routing_queue_skill", joinColumns = @JoinColumn(name = "queue_name"))
  private Set<RequiredSkill> requiredSkills = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "routing_queue_disposition", joinColumns = @JoinColumn(name = "queue_name"))
  @OrderColumn(name = "seq_no")
  @Column(name = "code", nullable = false, length = 64)
  private List<String> dispositionCodes = new ArrayList<>();

  @Version private long version;

  protected QueueEntity() {}

  public QueueEntity(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  public int priority() {
    return priority;
  }

  public String strategy() {
    return strategy;
  }

  public int offerTimeoutSeconds() {
    return offerTimeoutSeconds;
  }

  public int wrapUpSeconds() {
    return wrapUpSeconds;
  }

  public boolean dispositionRequired() {
    return dispositionRequired;
  }

  public int serviceLevelSeconds() {
    return serviceLevelSeconds;
  }

  public int serviceLevelPercent() {
    return serviceLevelPercent;
  }

  public Set<String> channels() {
    return channels;
  }

  public Set<RequiredSkill> requiredSkills() {
    return requiredSkills;
  }

  public List<String> dispositionCodes() {
    return dispositionCodes;
  }

  /** Replaces every editable value at once (collections are cleared and refilled in place). */
  public void update(
      int priority,
      String strategy,
      int offerTimeoutSeconds,
      int wrapUpSeconds,
      boolean dispositionRequired,
      int serviceLevelSeconds,
      int serviceLevelPercent,
      Set<String> channels,
      Set<RequiredSkill> skills,
      List<String> dispositionCodes) {
    this.priority = priority;
    this.strategy = strategy;
    this.offerTimeoutSeconds = offerTimeoutSeconds;
    this.wrapUpSeconds = wrapUpSeconds;
    this.dispositionRequired = dispositionRequired;
    this.serviceLevelSeconds = serviceLevelSeconds;
    this.serviceLevelPercent = serviceLevelPercent;
    this.channels.clear();
    this.channels.addAll(channels);
    this.requiredSkills.clear();
    this.requiredSkills.addAll(skills);
    this.dispositionCodes.clear();
    this.dispositionCodes.addAll(dispositionCodes);
  }
}
