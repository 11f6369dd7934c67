package dev.parley.routing.queue;

import dev.parley.routing.api.Channel;
import dev.parley.routing.api.id.QueueId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Configuration of one queue. Immutable; validated on construction so a bad setting fails when it
 * is loaded, naming the setting, not when the first contact arrives.
 *
 * <p>{@code maxWait} and {@code stickyWindow} of zero mean "off". Relaxation steps are kept sorted
 * by their wait; step {@code n} (1-based) replaces the base requirements once reached.
 */
public record QueueConfig(
    QueueId id,
    Set<Channel> channels,
    List<SkillRequirement> requirements,
    List<RelaxationStep> relaxation,
    Strategy strategy,
    int priority,
    Duration offerTimeout,
    Duration wrapUpTime,
    Duration maxWait,
    OverflowAction overflow,
    ServiceLevelTarget serviceLevel,
    BusinessHours hours,
    OverflowAction afterHours,
    Duration stickyWindow,
    boolean dispositionRequired) {

  public QueueConfig {
    Objects.requireNonNull(id, "id");
    if (channels == null || channels.isEmpty()) {
      throw new IllegalArgumentException("queue " + id + ": channels must not be empty");
    }
    channels = Set.copyOf(EnumSet.copyOf(channels));
    requirements = List.copyOf(requirements);
    List<RelaxationStep> sorted = new ArrayList<>(relaxation);
    sorted.sort(Comparator.comparing(RelaxationStep::after));
    relaxation = List.copyOf(sorted);
    Objects.requireNonNull(strategy, "queue " + id + ": strategy");
    requirePositive(id, "offerTimeout", offerTimeout);
    requireNotNegative(id, "wrapUpTime", wrapUpTime);
    requireNotNegative(id, "maxWait", maxWait);
    requireNotNegative(id, "stickyWindow", stickyWindow);
    if (!maxWait.isZero() && overflow == null) {
      throw new IllegalArgumentException("queue " + id + ": maxWait is set but overflow is not");
    }
    Objects.requireNonNull(serviceLevel, "queue " + id + ": serviceLevel");
    Objects.requireNonNull(hours, "queue " + id + ": hours");
    if (hours != BusinessHours.ALWAYS_OPEN && afterHours == null) {
      throw new IllegalArgumentException("queue " + id + ": hours are set but afterHours is not");
    }
    if (overflow instanceof OverflowAction.ToQueue t && t.target().equals(id)) {
      throw new IllegalArgumentException("queue " + id + ": overflow must not target itself");
    }
  }

  private static void requirePositive(QueueId id, String name, Duration d) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("queue " + id + ": " + name + " must be positive");
    }
  }

  private static void requireNotNegative(QueueId id, String name, Duration d) {
    if (d == null || d.isNegative()) {
      throw new IllegalArgumentException("queue " + id + ": " + name + " must not be negative");
    }
  }

  /** The requirements in force after waiting {@code waited}, and which step that is (0 = base). */
  public CurrentRequirement requirementAfter(Duration waited) {
    int step = 0;
    List<SkillRequirement> current = requirements;
    for (int i = 0; i < relaxation.size(); i++) {
      if (waited.compareTo(relaxation.get(i).after()) >= 0) {
        step = i + 1;
        current = relaxation.get(i).requirements();
      }
    }
    return new CurrentRequirement(step, current);
  }

  /** The requirements in force and the relaxation step they come from (0 = none applied). */
  public record CurrentRequirement(int step, List<SkillRequirement> requirements) {

    /**
     * These requirements and {@code more} (a contact's own): the higher level where both name a
     * skill.
     */
    public CurrentRequirement and(List<SkillRequirement> more) {
      java.util.Map<String, Integer> levels = new java.util.LinkedHashMap<>();
      for (SkillRequirement r : requirements) {
        levels.merge(r.skill(), r.minLevel(), Math::max);
      }
      for (SkillRequirement r : more) {
        levels.merge(r.skill(), r.minLevel(), Math::max);
      }
      List<SkillRequirement> all = new java.util.ArrayList<>();
      levels.forEach((skill, level) -> all.add(new SkillRequirement(skill, level)));
      return new CurrentRequirement(step, List.copyOf(all));
    }
  }

  /**
   * Whether contacts of {@code c} may wait here. A queue that takes calls also takes the voicemail
   * its calls leave (docs/adr/0020-voicemail.md), without naming VOICEMAIL among its channels.
   */
  public boolean serves(Channel c) {
    if (c == Channel.VOICEMAIL
        && (channels.contains(Channel.VOICE) || channels.contains(Channel.VIDEO))) {
      return true;
    }
    return channels.contains(c);
  }

  public static Builder builder(String id, Channel... channels) {
    return new Builder(QueueId.of(id), Set.of(channels));
  }

  public Builder toBuilder() {
    Builder b = new Builder(id, channels);
    b.requirements = requirements;
    b.relaxation = relaxation;
    b.strategy = strategy;
    b.priority = priority;
    b.offerTimeout = offerTimeout;
    b.wrapUpTime = wrapUpTime;
    b.maxWait = maxWait;
    b.overflow = overflow;
    b.serviceLevel = serviceLevel;
    b.hours = hours;
    b.afterHours = afterHours;
    b.stickyWindow = stickyWindow;
    b.dispositionRequired = dispositionRequired;
    return b;
  }

  /** Builder with defaults: longest idle, 20 s offer timeout, no wrap-up, no max wait. */
  public static final class Builder {
    private final QueueId id;
    private final Set<Channel> channels;
    private List<SkillRequirement> requirements = List.of();
    private List<RelaxationStep> relaxation = List.of();
    private Strategy strategy = Strategy.LONGEST_IDLE;
    private int priority;
    private Duration offerTimeout = Duration.ofSeconds(20);
    private Duration wrapUpTime = Duration.ZERO;
    private Duration maxWait = Duration.ZERO;
    private OverflowAction overflow;
    private ServiceLevelTarget serviceLevel = ServiceLevelTarget.DEFAULT;
    private BusinessHours hours = BusinessHours.ALWAYS_OPEN;
    private OverflowAction afterHours;
    private Duration stickyWindow = Duration.ZERO;
    private boolean dispositionRequired;

    private Builder(QueueId id, Set<Channel> channels) {
      this.id = id;
      this.channels = channels;
    }

    public Builder requires(SkillRequirement... r) {
      this.requirements = List.of(r);
      return this;
    }

    public Builder relaxation(RelaxationStep... steps) {
      this.relaxation = List.of(steps);
      return this;
    }

    public Builder strategy(Strategy s) {
      this.strategy = s;
      return this;
    }

    public Builder priority(int p) {
      this.priority = p;
      return this;
    }

    public Builder offerTimeout(Duration d) {
      this.offerTimeout = d;
      return this;
    }

    public Builder wrapUpTime(Duration d) {
      this.wrapUpTime = d;
      return this;
    }

    public Builder maxWait(Duration d, OverflowAction action) {
      this.maxWait = d;
      this.overflow = action;
      return this;
    }

    public Builder serviceLevel(ServiceLevelTarget t) {
      this.serviceLevel = t;
      return this;
    }

    public Builder hours(BusinessHours h, OverflowAction afterHoursAction) {
      this.hours = h;
      this.afterHours = afterHoursAction;
      return this;
    }

    public Builder stickyWindow(Duration d) {
      this.stickyWindow = d;
      return this;
    }

    public Builder dispositionRequired(boolean b) {
      this.dispositionRequired = b;
      return this;
    }

    public QueueConfig build() {
      return new QueueConfig(
          id,
          channels,
          requirements,
          relaxation,
          strategy,
          priority,
          offerTimeout,
          wrapUpTime,
          maxWait,
          overflow,
          serviceLevel,
          hours,
          afterHours,
          stickyWindow,
          dispositionRequired);
    }
  }
}
