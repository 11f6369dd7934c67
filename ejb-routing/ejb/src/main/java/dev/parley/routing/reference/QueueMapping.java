package dev.parley.routing.reference;

import dev.parley.routing.api.Channel;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.queue.BusinessHours;
import dev.parley.routing.queue.OverflowAction;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.RelaxationStep;
import dev.parley.routing.queue.ServiceLevelTarget;
import dev.parley.routing.queue.SkillRequirement;
import dev.parley.routing.queue.Strategy;
import dev.parley.routing.queue.jpa.QueueAction;
import dev.parley.routing.queue.jpa.QueueEntity;
import dev.parley.routing.queue.jpa.RelaxedSkill;
import dev.parley.routing.queue.jpa.RequiredSkill;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Translates queues between the admin's {@link QueueDefinition}, the stored {@link QueueEntity} and
 * the engine's {@link QueueConfig}. Pure apart from the {@link References} it is given; invalid
 * values (unknown skills, queues or calendars included) raise {@link IllegalArgumentException}
 * naming the field, before anything is stored.
 */
public final class QueueMapping {
  public static final String TO_QUEUE = "TO_QUEUE";
  public static final String VOICEMAIL = "VOICEMAIL";
  public static final String CALLBACK = "CALLBACK";
  public static final String END_WITH_MESSAGE = "END_WITH_MESSAGE";

  /** One plain address (local@domain.tld): no name, no list, no spaces or line breaks. */
  private static final java.util.regex.Pattern EMAIL =
      java.util.regex.Pattern.compile("[^@\\s<>,;\"]{1,64}@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]{2,}");

  private static final List<String> ACTIONS =
      List.of(TO_QUEUE, VOICEMAIL, CALLBACK, END_WITH_MESSAGE);

  private QueueMapping() {}

  public static QueueConfig toConfig(QueueDefinition d, References refs) {
    if (d.name() == null || d.name().isBlank()) {
      throw new IllegalArgumentException("name is required");
    }
    String name = d.name().strip();
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    d.channels().forEach(c -> channels.add(channel(c)));
    List<SkillRequirement> skills = requirements(d.requiredSkills(), "requiredSkills", refs);
    if (d.dispositionRequired() && d.dispositionCodes().isEmpty()) {
      throw new IllegalArgumentException(
          "queue " + name + ": a required disposition needs dispositionCodes");
    }
    int maxWait = seconds("maxWaitSeconds", d.maxWaitSeconds());
    OverflowAction overflow = action("overflow", d.overflow(), name, refs);
    requireServes("overflow", overflow, channels, refs);
    if (maxWait > 0 && overflow == null) {
      throw new IllegalArgumentException("maxWaitSeconds needs an overflow action");
    }
    if (maxWait == 0 && overflow != null) {
      throw new IllegalArgumentException("an overflow action needs maxWaitSeconds above 0");
    }
    voicemailNotify(d);
    BusinessHours hours = BusinessHours.ALWAYS_OPEN;
    String calendar = calendarName(d);
    if (calendar != null) {
      hours =
          refs.calendar(calendar)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown business-hours calendar '" + calendar + "'"));
    }
    OverflowAction afterHours = action("afterHours", d.afterHours(), name, refs);
    requireServes("afterHours", afterHours, channels, refs);
    if (calendar != null && afterHours == null) {
      throw new IllegalArgumentException("businessHours needs an afterHours action");
    }
    if (calendar == null && afterHours != null) {
      throw new IllegalArgumentException("an afterHours action needs businessHours");
    }
    if (afterHours instanceof OverflowAction.ToQueue t) {
      requireNoAfterHoursLoop(name, t.target().value(), refs);
    }
    return QueueConfig.builder(name, channels.toArray(Channel[]::new))
        .requires(skills.toArray(SkillRequirement[]::new))
        .relaxation(relaxation(d, refs).toArray(RelaxationStep[]::new))
        .strategy(strategy(d.strategy()))
        .priority(d.priority())
        .offerTimeout(Duration.ofSeconds(d.offerTimeoutSeconds()))
        .wrapUpTime(Duration.ofSeconds(d.wrapUpSeconds()))
        .maxWait(Duration.ofSeconds(maxWait), overflow)
        .hours(hours, afterHours)
        .stickyWindow(Duration.ofSeconds(seconds("stickyWindowSeconds", d.stickyWindowSeconds())))
        .serviceLevel(
            new ServiceLevelTarget(
                d.serviceLevelPercent() / 100.0, Duration.ofSeconds(d.serviceLevelSeconds())))
        .dispositionRequired(d.dispositionRequired())
        .build();
  }

  public static QueueConfig toConfig(QueueEntity e, References refs) {
    return toConfig(toDefinition(e), refs);
  }

  public static QueueDefinition toDefinition(QueueEntity e) {
    List<QueueDefinition.Relaxation> relaxation =
        e.relaxationSteps().stream()
            .sorted()
            .map(
                after ->
                    new QueueDefinition.Relaxation(
                        after,
                        e.relaxedSkills().stream()
                            .filter(s -> s.afterSeconds() == after)
                            .map(s -> new QueueDefinition.RequiredSkill(s.skill(), s.minLevel()))
                            .sorted(Comparator.comparing(QueueDefinition.RequiredSkill::skill))
                            .toList()))
            .toList();
    return new QueueDefinition(
        e.name(),
        e.channels().stream().sorted(byChannelOrder()).toList(),
        e.priority(),
        e.strategy(),
        e.offerTimeoutSeconds(),
        e.wrapUpSeconds(),
        List.copyOf(e.dispositionCodes()),
        e.dispositionRequired(),
        e.requiredSkills().stream()
            .map(s -> new QueueDefinition.RequiredSkill(s.skill(), s.minLevel()))
            .sorted(Comparator.comparing(QueueDefinition.RequiredSkill::skill))
            .toList(),
        e.serviceLevelSeconds(),
        e.serviceLevelPercent(),
        relaxation,
        e.maxWaitSeconds(),
        definition(e.overflow()),
        e.calendar(),
        definition(e.afterHours()),
        e.stickyWindowSeconds(),
        e.firstResponseSeconds(),
        e.virtualHoldSeconds(),
        e.recordingPolicy(),
        e.recordingRetentionDays(),
        e.voicemailMaxSeconds(),
        e.voicemailNotify());
  }

  /** Writes a definition already checked by {@link #toConfig(QueueDefinition, References)}. */
  public static void apply(QueueDefinition d, QueueConfig checked, QueueEntity e) {
    Set<String> channels = new LinkedHashSet<>();
    checked.channels().stream().sorted().forEach(c -> channels.add(c.name()));
    Set<RequiredSkill> skills = new LinkedHashSet<>();
    checked.requirements().forEach(r -> skills.add(new RequiredSkill(r.skill(), r.minLevel())));
    e.update(
        d.priority(),
        checked.strategy().name(),
        d.offerTimeoutSeconds(),
        d.wrapUpSeconds(),
        d.dispositionRequired(),
        d.serviceLevelSeconds(),
        d.serviceLevelPercent(),
        channels,
        skills,
        d.dispositionCodes().stream().map(String::strip).distinct().toList());
    Set<Integer> steps = new LinkedHashSet<>();
    Set<RelaxedSkill> relaxed = new LinkedHashSet<>();
    for (RelaxationStep step : checked.relaxation()) {
      int after = (int) step.after().toSeconds();
      steps.add(after);
      step.requirements()
          .forEach(r -> relaxed.add(new RelaxedSkill(after, r.skill(), r.minLevel())));
    }
    e.updateRules(
        (int) checked.maxWait().toSeconds(),
        stored(checked.overflow()),
        calendarName(d),
        stored(checked.afterHours()),
        (int) checked.stickyWindow().toSeconds(),
        steps,
        relaxed);
    e.firstResponse(
        d.firstResponseSeconds() == null || d.firstResponseSeconds() == 0
            ? null
            : d.firstResponseSeconds());
    e.virtualHold(
        d.virtualHoldSeconds() == null || d.virtualHoldSeconds() == 0
            ? null
            : d.virtualHoldSeconds());
    e.recording(
        d.recording() == null ? "ALWAYS" : d.recording(),
        d.recordingRetentionDays() == null || d.recordingRetentionDays() == 0
            ? null
            : d.recordingRetentionDays(),
        d.voicemailMaxSeconds());
    e.voicemailNotify(voicemailNotify(d));
  }

  /** An address, or null when none is given; anything else is refused naming the field. */
  static String voicemailNotify(QueueDefinition d) {
    String a = d.voicemailNotify() == null ? "" : d.voicemailNotify().strip();
    if (a.isEmpty()) {
      return null;
    }
    if (a.length() > 254 || !EMAIL.matcher(a).matches()) {
      throw new IllegalArgumentException(
          "voicemailNotify: '" + d.voicemailNotify() + "' is not an e-mail address");
    }
    return a;
  }

  private static List<SkillRequirement> requirements(
      List<QueueDefinition.RequiredSkill> given, String field, References refs) {
    if (given == null) {
      throw new IllegalArgumentException(field + " is required (may be empty)");
    }
    List<SkillRequirement> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (QueueDefinition.RequiredSkill s : given) {
      if (s == null) {
        throw new IllegalArgumentException(field + " must not contain null");
      }
      SkillRequirement r = SkillRequirement.of(s.skill(), s.minLevel());
      if (!seen.add(r.skill())) {
        throw new IllegalArgumentException(field + " names skill '" + r.skill() + "' twice");
      }
      if (!refs.skillExists(r.skill())) {
        throw new IllegalArgumentException(
            field
                + " names unknown skill '"
                + r.skill()
                + "'; add it to the skills catalogue first");
      }
      out.add(r);
    }
    return out;
  }

  private static List<RelaxationStep> relaxation(QueueDefinition d, References refs) {
    List<RelaxationStep> out = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (QueueDefinition.Relaxation step :
        d.relaxation() == null ? List.<QueueDefinition.Relaxation>of() : d.relaxation()) {
      if (step == null) {
        throw new IllegalArgumentException("relaxation must not contain null");
      }
      if (step.afterSeconds() <= 0) {
        throw new IllegalArgumentException(
            "a relaxation step needs afterSeconds above 0, was " + step.afterSeconds());
      }
      if (!seen.add(step.afterSeconds())) {
        throw new IllegalArgumentException(
            "two relaxation steps after " + step.afterSeconds() + " s");
      }
      String field = "relaxation step after " + step.afterSeconds() + " s";
      out.add(
          new RelaxationStep(
              Duration.ofSeconds(step.afterSeconds()),
              requirements(step.requiredSkills(), field, refs)));
    }
    return out;
  }

  /**
   * A move to another queue must land where the contact can be served: the target serves every
   * channel of this queue. Checked for definitions only (an admin's input); stored queues are
   * loaded as they are, and the engine ends a contact whose target no longer fits.
   */
  private static void requireServes(
      String field, OverflowAction action, Set<Channel> channels, References refs) {
    if (action instanceof OverflowAction.ToQueue t) {
      Set<String> served = refs.channelsOf(t.target().value());
      for (Channel c : channels) {
        if (!served.contains(c.name())) {
          throw new IllegalArgumentException(
              field
                  + ": queue '"
                  + t.target()
                  + "' does not serve "
                  + c
                  + ", which this queue takes");
        }
      }
    }
  }

  private static OverflowAction action(
      String field, QueueDefinition.Action a, String queue, References refs) {
    if (a == null) {
      return null;
    }
    String kind = a.action() == null ? "" : a.action().strip().toUpperCase(Locale.ROOT);
    boolean hasQueue = a.queue() != null && !a.queue().isBlank();
    boolean hasMessage = a.message() != null && !a.message().isBlank();
    if (!kind.equals(TO_QUEUE) && hasQueue) {
      throw new IllegalArgumentException(field + ": queue is only for action " + TO_QUEUE);
    }
    if (!kind.equals(END_WITH_MESSAGE) && hasMessage) {
      throw new IllegalArgumentException(
          field + ": message is only for action " + END_WITH_MESSAGE);
    }
    switch (kind) {
      case TO_QUEUE -> {
        if (!hasQueue) {
          throw new IllegalArgumentException(field + ": action TO_QUEUE needs a queue");
        }
        String target = a.queue().strip();
        if (target.equals(queue)) {
          throw new IllegalArgumentException(
              field + " must not send contacts to queue " + queue + " itself");
        }
        if (!refs.queueExists(target)) {
          throw new IllegalArgumentException(field + " names unknown queue '" + target + "'");
        }
        return new OverflowAction.ToQueue(QueueId.of(target));
      }
      case VOICEMAIL -> {
        return new OverflowAction.Voicemail();
      }
      case CALLBACK -> {
        return new OverflowAction.Callback();
      }
      case END_WITH_MESSAGE -> {
        if (!hasMessage) {
          throw new IllegalArgumentException(field + ": action END_WITH_MESSAGE needs a message");
        }
        return new OverflowAction.EndWithMessage(a.message().strip());
      }
      default ->
          throw new IllegalArgumentException(
              "unknown " + field + " action '" + a.action() + "'; expected one of " + ACTIONS);
    }
  }

  /**
   * A closed queue hands its contact on at once; a chain of after-hours moves that came back to
   * {@code queue} would hand it round for ever while all of them are closed.
   */
  private static void requireNoAfterHoursLoop(String queue, String target, References refs) {
    List<String> chain = new ArrayList<>(List.of(queue));
    Optional<String> next = Optional.of(target);
    while (next.isPresent()) {
      String q = next.get();
      chain.add(q);
      if (q.equals(queue)) {
        throw new IllegalArgumentException(
            "afterHours would move contacts in a circle: " + String.join(" → ", chain));
      }
      if (chain.indexOf(q) != chain.size() - 1) {
        return; // a loop among other queues; not this queue's to refuse
      }
      next = refs.afterHoursTarget(q);
    }
  }

  private static String calendarName(QueueDefinition d) {
    return d.businessHours() == null || d.businessHours().isBlank()
        ? null
        : d.businessHours().strip();
  }

  private static int seconds(String field, Integer value) {
    if (value != null && value < 0) {
      throw new IllegalArgumentException(field + " must not be negative, was " + value);
    }
    return value == null ? 0 : value;
  }

  private static QueueAction stored(OverflowAction a) {
    if (a instanceof OverflowAction.ToQueue t) {
      return new QueueAction(TO_QUEUE, t.target().value(), null);
    } else if (a instanceof OverflowAction.Voicemail) {
      return new QueueAction(VOICEMAIL, null, null);
    } else if (a instanceof OverflowAction.Callback) {
      return new QueueAction(CALLBACK, null, null);
    } else if (a instanceof OverflowAction.EndWithMessage m) {
      return new QueueAction(END_WITH_MESSAGE, null, m.message());
    }
    return null;
  }

  private static QueueDefinition.Action definition(QueueAction a) {
    return a == null || a.action() == null
        ? null
        : new QueueDefinition.Action(a.action(), a.queue(), a.message());
  }

  public static Channel channel(String name) {
    try {
      return Channel.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown channel '" + name + "'; expected one of " + List.of(Channel.values()));
    }
  }

  public static Strategy strategy(String name) {
    try {
      return Strategy.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown strategy '" + name + "'; expected one of " + List.of(Strategy.values()));
    }
  }

  private static Comparator<String> byChannelOrder() {
    return Comparator.comparingInt(c -> channel(c).ordinal());
  }
}
