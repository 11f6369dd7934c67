package dev.parley.routing.queue.jpa;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
 * Row of {@code routing_queue}: everything of a {@link dev.parley.routing.queue.QueueConfig} plus
 * what the engine does not know (disposition codes); the business hours are a reference to a {@link
 * BusinessHoursEntity} by name, overflow targets are queue names. The mapping to the engine's
 * config lives in the routing service. Values are validated by the service before they get here;
 * the table's constraints (CHECKs, foreign keys to queues, calendars and skills) are the last line.
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
  @Column(name = "channel", nullable = false, length = 16)
  private Set<String> channels = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "routing_queue_skill", joinColumns = @JoinColumn(name = "queue_name"))
  private Set<RequiredSkill> requiredSkills = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "routing_queue_disposition",
      joinColumns = @JoinColumn(name = "queue_name"))
  @OrderColumn(name = "seq_no")
  @Column(name = "code", nullable = false, length = 64)
  private List<String> dispositionCodes = new ArrayList<>();

  @Column(name = "max_wait_seconds", nullable = false)
  private int maxWaitSeconds;

  @Embedded
  @AttributeOverride(name = "action", column = @Column(name = "overflow_action", length = 16))
  @AttributeOverride(name = "queue", column = @Column(name = "overflow_queue", length = 64))
  @AttributeOverride(name = "message", column = @Column(name = "overflow_message", length = 500))
  private QueueAction overflow;

  @Column(name = "calendar_name", length = 64)
  private String calendar;

  @Embedded
  @AttributeOverride(name = "action", column = @Column(name = "after_hours_action", length = 16))
  @AttributeOverride(name = "queue", column = @Column(name = "after_hours_queue", length = 64))
  @AttributeOverride(name = "message", column = @Column(name = "after_hours_message", length = 500))
  private QueueAction afterHours;

  @Column(name = "sticky_window_seconds", nullable = false)
  private int stickyWindowSeconds;

  /** A chat must get its first agent reply within this many seconds (null: no limit). */
  @Column(name = "first_response_seconds")
  private Integer firstResponseSeconds;

  /** Callers may keep their place and are rung back for this many seconds (null: no). */
  @Column(name = "virtual_hold_seconds")
  private Integer virtualHoldSeconds;

  /** ALWAYS, ON_DEMAND or NEVER (QueueDefinition#recording). */
  @Column(name = "recording_policy", nullable = false)
  private String recordingPolicy = "ALWAYS";

  /** Recordings are deleted this many days after the call (null: kept). */
  @Column(name = "recording_retention_days")
  private Integer recordingRetentionDays;

  /** A voicemail message may last this many seconds (null: the default). */
  @Column(name = "voicemail_max_seconds")
  private Integer voicemailMaxSeconds;

  /** Voicemail messages left in this queue are announced to this address (null: not at all). */
  @Column(name = "voicemail_notify", length = 254)
  private String voicemailNotify;

  /** The relaxation steps by their wait; a step may have no skill rows (every skill dropped). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "routing_queue_relaxation",
      joinColumns = @JoinColumn(name = "queue_name"))
  @Column(name = "after_seconds", nullable = false)
  private Set<Integer> relaxationSteps = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "routing_queue_relaxation_skill",
      joinColumns = @JoinColumn(name = "queue_name"))
  private Set<RelaxedSkill> relaxedSkills = new LinkedHashSet<>();

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

  public int maxWaitSeconds() {
    return maxWaitSeconds;
  }

  /** The max-wait overflow action, or null. */
  public QueueAction overflow() {
    return overflow;
  }

  /** The name of the business-hours calendar, or null (always open). */
  public String calendar() {
    return calendar;
  }

  /** The after-hours action, or null. */
  public QueueAction afterHours() {
    return afterHours;
  }

  public int stickyWindowSeconds() {
    return stickyWindowSeconds;
  }

  public Integer firstResponseSeconds() {
    return firstResponseSeconds;
  }

  public void firstResponse(Integer seconds) {
    this.firstResponseSeconds = seconds;
  }

  public Integer virtualHoldSeconds() {
    return virtualHoldSeconds;
  }

  public void virtualHold(Integer seconds) {
    this.virtualHoldSeconds = seconds;
  }

  public String recordingPolicy() {
    return recordingPolicy;
  }

  public Integer recordingRetentionDays() {
    return recordingRetentionDays;
  }

  public Integer voicemailMaxSeconds() {
    return voicemailMaxSeconds;
  }

  public void recording(String policy, Integer retentionDays, Integer voicemailMaxSeconds) {
    this.recordingPolicy = policy;
    this.recordingRetentionDays = retentionDays;
    this.voicemailMaxSeconds = voicemailMaxSeconds;
  }

  public String voicemailNotify() {
    return voicemailNotify;
  }

  public void voicemailNotify(String address) {
    this.voicemailNotify = address;
  }

  public Set<Integer> relaxationSteps() {
    return relaxationSteps;
  }

  public Set<RelaxedSkill> relaxedSkills() {
    return relaxedSkills;
  }

  /** Replaces the wait-time rules, the calendar and the sticky-agent window at once. */
  public void updateRules(
      int maxWaitSeconds,
      QueueAction overflow,
      String calendar,
      QueueAction afterHours,
      int stickyWindowSeconds,
      Set<Integer> relaxationSteps,
      Set<RelaxedSkill> relaxedSkills) {
    this.maxWaitSeconds = maxWaitSeconds;
    this.overflow = overflow;
    this.calendar = calendar;
    this.afterHours = afterHours;
    this.stickyWindowSeconds = stickyWindowSeconds;
    this.relaxationSteps.clear();
    this.relaxationSteps.addAll(relaxationSteps);
    this.relaxedSkills.clear();
    this.relaxedSkills.addAll(relaxedSkills);
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
