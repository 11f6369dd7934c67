package dev.parley.routing.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.routing.api.Channel;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.admin.QueueDefinition.Action;
import dev.parley.routing.api.admin.QueueDefinition.Relaxation;
import dev.parley.routing.api.admin.QueueDefinition.RequiredSkill;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.queue.BusinessHours;
import dev.parley.routing.queue.OverflowAction;
import dev.parley.routing.queue.QueueConfig;
import dev.parley.routing.queue.RelaxationStep;
import dev.parley.routing.queue.SkillRequirement;
import dev.parley.routing.queue.Strategy;
import dev.parley.routing.queue.jpa.QueueEntity;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueueMappingTest {

  private final FakeReferences refs =
      new FakeReferences().skills("support", "spanish", "english").queues("Backup");

  private static QueueDefinition support(
      List<String> channels, String strategy, boolean required, List<String> codes) {
    return QueueDefinition.basic(
        "Support",
        channels,
        2,
        strategy,
        25,
        60,
        codes,
        required,
        List.of(new RequiredSkill("Support", 3)),
        30,
        90);
  }

  /** The Support queue with every rule set: relaxation, max wait, calendar, sticky agent. */
  private static QueueDefinition complete(
      List<Relaxation> relaxation,
      Integer maxWait,
      Action overflow,
      String calendar,
      Action afterHours,
      Integer sticky) {
    QueueDefinition b = support(List.of("VOICE"), "LONGEST_IDLE", false, List.of());
    return new QueueDefinition(
        b.name(),
        b.channels(),
        b.priority(),
        b.strategy(),
        b.offerTimeoutSeconds(),
        b.wrapUpSeconds(),
        b.dispositionCodes(),
        b.dispositionRequired(),
        List.of(new RequiredSkill("spanish", 8), new RequiredSkill("support", 5)),
        b.serviceLevelSeconds(),
        b.serviceLevelPercent(),
        relaxation,
        maxWait,
        overflow,
        calendar,
        afterHours,
        sticky,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static QueueDefinition withRules(
      Integer maxWait, Action overflow, String calendar, Action afterHours) {
    return complete(List.of(), maxWait, overflow, calendar, afterHours, 0);
  }

  private static final BusinessHours OFFICE = new BusinessHours(ZoneOffset.UTC, Map.of(), Set.of());

  @Test
  void aDefinitionBecomesTheEnginesConfig() {
    QueueConfig c =
        QueueMapping.toConfig(
            support(List.of("chat", "VOICE"), "best_skill", true, List.of("RESOLVED")), refs);

    assertThat(c.id().value()).isEqualTo("Support");
    assertThat(c.channels()).containsExactlyInAnyOrder(Channel.CHAT, Channel.VOICE);
    assertThat(c.strategy()).isEqualTo(Strategy.BEST_SKILL);
    assertThat(c.priority()).isEqualTo(2);
    assertThat(c.offerTimeout()).isEqualTo(Duration.ofSeconds(25));
    assertThat(c.wrapUpTime()).isEqualTo(Duration.ofSeconds(60));
    assertThat(c.requirements()).containsExactly(SkillRequirement.of("support", 3));
    assertThat(c.serviceLevel().fraction()).isEqualTo(0.9);
    assertThat(c.serviceLevel().threshold()).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.dispositionRequired()).isTrue();
    assertThat(c.relaxation()).isEmpty();
    assertThat(c.maxWait()).isZero();
    assertThat(c.hours()).isSameAs(BusinessHours.ALWAYS_OPEN);
    assertThat(c.stickyWindow()).isZero();
  }

  @Test
  void everyRuleOfACompleteDefinitionReachesTheEngine() {
    refs.calendars.put("Office", OFFICE);
    QueueDefinition d =
        complete(
            List.of(
                new Relaxation(60, List.of()),
                new Relaxation(
                    20, List.of(new RequiredSkill("Spanish", 4), new RequiredSkill("support", 2)))),
            300,
            new Action("to_queue", " Backup ", null),
            "Office",
            new Action("END_WITH_MESSAGE", null, "We are closed"),
            3600);

    QueueConfig c = QueueMapping.toConfig(d, refs);

    assertThat(c.relaxation())
        .containsExactly(
            RelaxationStep.after(
                Duration.ofSeconds(20),
                SkillRequirement.of("spanish", 4),
                SkillRequirement.of("support", 2)),
            RelaxationStep.after(Duration.ofSeconds(60)));
    assertThat(c.maxWait()).isEqualTo(Duration.ofMinutes(5));
    assertThat(c.overflow()).isEqualTo(new OverflowAction.ToQueue(QueueId.of("Backup")));
    assertThat(c.hours()).isEqualTo(OFFICE);
    assertThat(c.afterHours()).isEqualTo(new OverflowAction.EndWithMessage("We are closed"));
    assertThat(c.stickyWindow()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aStoredQueueReadsBackAsTheDefinitionThatWroteIt() {
    QueueDefinition d =
        support(List.of("VOICE", "CHAT"), "LONGEST_IDLE", true, List.of("RESOLVED", "CALLBACK"));
    QueueEntity e = new QueueEntity("Support");

    QueueMapping.apply(d, QueueMapping.toConfig(d, refs), e);

    QueueDefinition back = QueueMapping.toDefinition(e);
    assertThat(back.channels()).containsExactly("VOICE", "CHAT");
    assertThat(back.dispositionCodes()).containsExactly("RESOLVED", "CALLBACK");
    assertThat(back.requiredSkills()).containsExactly(new RequiredSkill("support", 3));
    assertThat(back.strategy()).isEqualTo("LONGEST_IDLE");
    assertThat(back.relaxation()).isEmpty();
    assertThat(back.maxWaitSeconds()).isZero();
    assertThat(back.overflow()).isNull();
    assertThat(back.businessHours()).isNull();
    assertThat(back.afterHours()).isNull();
    assertThat(back.stickyWindowSeconds()).isZero();
    assertThat(QueueMapping.toConfig(e, refs)).isEqualTo(QueueMapping.toConfig(d, refs));
  }

  @Test
  void everyRuleIsStoredAndReadBackNormalised() {
    refs.calendars.put("Office", OFFICE);
    QueueDefinition d =
        complete(
            List.of(
                new Relaxation(90, List.of()),
                new Relaxation(30, List.of(new RequiredSkill("Spanish", 4)))),
            120,
            new Action("CALLBACK", null, null),
            "Office",
            new Action("TO_QUEUE", "Backup", null),
            600);
    QueueEntity e = new QueueEntity("Support");

    QueueMapping.apply(d, QueueMapping.toConfig(d, refs), e);
    QueueDefinition back = QueueMapping.toDefinition(e);

    assertThat(back.relaxation())
        .containsExactly(
            new Relaxation(30, List.of(new RequiredSkill("spanish", 4))),
            new Relaxation(90, List.of()));
    assertThat(back.maxWaitSeconds()).isEqualTo(120);
    assertThat(back.overflow()).isEqualTo(new Action("CALLBACK", null, null));
    assertThat(back.businessHours()).isEqualTo("Office");
    assertThat(back.afterHours()).isEqualTo(new Action("TO_QUEUE", "Backup", null));
    assertThat(back.stickyWindowSeconds()).isEqualTo(600);
    assertThat(QueueMapping.toConfig(e, refs)).isEqualTo(QueueMapping.toConfig(d, refs));
  }

  @Test
  void theVoicemailNotificationAddressIsStoredTrimmedAndABadOneIsRefusedNamingTheField() {
    QueueDefinition b = support(List.of("VOICE"), "LONGEST_IDLE", false, List.of());
    QueueEntity e = new QueueEntity("Support");
    QueueDefinition d = notifying(b, "  team@example.com ");

    QueueMapping.apply(d, QueueMapping.toConfig(d, refs), e);

    assertThat(QueueMapping.toDefinition(e).voicemailNotify()).isEqualTo("team@example.com");
    QueueDefinition blank = notifying(b, " ");
    QueueMapping.apply(blank, QueueMapping.toConfig(blank, refs), e);
    assertThat(QueueMapping.toDefinition(e).voicemailNotify()).isNull();
    for (String bad :
        List.of("team", "team@example", "a@b.com, c@d.com", "Team <t@example.com>", "a@b.com\nx")) {
      assertThatThrownBy(() -> QueueMapping.toConfig(notifying(b, bad), refs))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("voicemailNotify");
    }
  }

  private static QueueDefinition notifying(QueueDefinition b, String address) {
    return new QueueDefinition(
        b.name(),
        b.channels(),
        b.priority(),
        b.strategy(),
        b.offerTimeoutSeconds(),
        b.wrapUpSeconds(),
        b.dispositionCodes(),
        b.dispositionRequired(),
        b.requiredSkills(),
        b.serviceLevelSeconds(),
        b.serviceLevelPercent(),
        List.of(),
        0,
        null,
        null,
        null,
        0,
        null,
        null,
        null,
        null,
        null,
        address);
  }

  @Test
  void unknownNamesAndARequiredDispositionWithoutCodesAreRefusedNamingTheProblem() {
    assertThatThrownBy(
            () ->
                QueueMapping.toConfig(
                    support(List.of("FAX"), "LONGEST_IDLE", false, List.of()), refs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown channel 'FAX'");
    assertThatThrownBy(
            () ->
                QueueMapping.toConfig(support(List.of("CHAT"), "FASTEST", false, List.of()), refs))
        .hasMessageContaining("unknown strategy 'FASTEST'");
    assertThatThrownBy(
            () -> QueueMapping.toConfig(support(List.of("CHAT"), "LINEAR", true, List.of()), refs))
        .hasMessageContaining("dispositionCodes");
  }

  @Test
  void skillsOutsideTheCatalogueAreRefusedInRequirementsAndInRelaxationSteps() {
    FakeReferences without = new FakeReferences().skills("spanish");
    assertThatThrownBy(
            () ->
                QueueMapping.toConfig(
                    support(List.of("CHAT"), "LINEAR", false, List.of()), without))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "requiredSkills names unknown skill 'support'; add it to the skills catalogue first");
    assertThatThrownBy(
            () ->
                QueueMapping.toConfig(
                    complete(
                        List.of(new Relaxation(30, List.of(new RequiredSkill("german", 2)))),
                        0,
                        null,
                        null,
                        null,
                        0),
                    refs))
        .hasMessage(
            "relaxation step after 30 s names unknown skill 'german'; add it to the skills catalogue first");
  }

  @Test
  void badRelaxationStepsAreRefused() {
    assertThatThrownBy(
            () ->
                QueueMapping.toConfig(
                    complete(List.of(new Relaxation(0, List.of())), 0, null, null, null, 0), refs))
        .hasMessageContaining("afterSeconds above 0");
    assertThatThrownBy(
            () ->
                QueueMapping.toConfig(
                    complete(
                        List.of(new Relaxation(30, List.of()), new Relaxation(30, List.of())),
                        0,
                        null,
                        null,
                        null,
                        0),
                    refs))
        .hasMessageContaining("two relaxation steps after 30 s");
    assertThatThrownBy(
            () ->
                QueueMapping.toConfig(
                    complete(
                        List.of(
                            new Relaxation(
                                30,
                                List.of(
                                    new RequiredSkill("spanish", 2),
                                    new RequiredSkill("Spanish", 3)))),
                        0,
                        null,
                        null,
                        null,
                        0),
                    refs))
        .hasMessageContaining("names skill 'spanish' twice");
  }

  @Test
  void aQueueMayOnlyMoveContactsToAQueueServingAllItsChannels() {
    refs.channels.put("Backup", java.util.Set.of("CHAT"));
    assertThatThrownBy(
            () ->
                QueueMapping.toConfig(
                    withRules(60, new Action("TO_QUEUE", "Backup", null), null, null), refs))
        .hasMessageStartingWith("overflow: queue 'Backup' does not serve ");
    refs.channels.put("Backup", java.util.Set.of("VOICE", "CHAT", "EMAIL"));
    assertThat(
            QueueMapping.toConfig(
                    withRules(60, new Action("TO_QUEUE", "Backup", null), null, null), refs)
                .overflow())
        .isEqualTo(new OverflowAction.ToQueue(QueueId.of("Backup")));
  }

  @Test
  void maxWaitAndItsOverflowActionComeTogetherAndTheActionMustBeComplete() {
    assertThatThrownBy(() -> QueueMapping.toConfig(withRules(60, null, null, null), refs))
        .hasMessage("maxWaitSeconds needs an overflow action");
    assertThatThrownBy(
            () ->
                QueueMapping.toConfig(
                    withRules(0, new Action("VOICEMAIL", null, null), null, null), refs))
        .hasMessage("an overflow action needs maxWaitSeconds above 0");
    assertThatThrownBy(
            () ->
                QueueMapping.toConfig(
                    withRules(-1, new Action("VOICEMAIL", null, null), null, null), refs))
        .hasMessageContaining("maxWaitSeconds must not be negative");
    assertThatThrownBy(
            () ->
                QueueMapping.toConfig(
                    withRules(60, new Action("TO_QUEUE", "Nowhere", null), null, null), refs))
        .hasMessage("overflow names unknown queue 'Nowhere'");
    assertThatThrownBy(
            () ->
                QueueMapping.toConfig(
                    withRules(60, new Action("TO_QUEUE", null, null), null, null), refs))
        .hasMessage("overflow: action TO_QUEUE needs a queue");
    assertThatThrownBy(
            () ->
                QueueMapping.toConfig(
                    withRules(60, new Action("TO_QUEUE", "Support", null), null, null), refs))
        .hasMessageContaining("must not send contacts to queue Support itself");
    assertThatThrownBy(
            () ->
                QueueMapping.toConfig(
                    withRules(60, new Action("END_WITH_MESSAGE", null, " "), null, null), refs))
        .hasMessage("overflow: action END_WITH_MESSAGE needs a message");
    assertThatThrownBy(
            () ->
                QueueMapping.toConfig(
                    withRules(60, new Action("VOICEMAIL", "Backup", null), null, null), refs))
        .hasMessage("overflow: queue is only for action TO_QUEUE");
    assertThatThrownBy(
            () ->
                QueueMapping.toConfig(
                    withRules(60, new Action("CALLBACK", null, "hi"), null, null), refs))
        .hasMessage("overflow: message is only for action END_WITH_MESSAGE");
    assertThatThrownBy(
            () ->
                QueueMapping.toConfig(
                    withRules(60, new Action("SMOKE_SIGNAL", null, null), null, null), refs))
        .hasMessageContaining("unknown overflow action 'SMOKE_SIGNAL'");
  }

  @Test
  void aCalendarMustExistAndComesWithAnAfterHoursActionThatDoesNotLoop() {
    refs.calendars.put("Office", OFFICE);
    assertThatThrownBy(
            () ->
                QueueMapping.toConfig(
                    withRules(0, null, "Night", new Action("VOICEMAIL", null, null)), refs))
        .hasMessage("unknown business-hours calendar 'Night'");
    assertThatThrownBy(() -> QueueMapping.toConfig(withRules(0, null, "Office", null), refs))
        .hasMessage("businessHours needs an afterHours action");
    assertThatThrownBy(
            () ->
                QueueMapping.toConfig(
                    withRules(0, null, null, new Action("VOICEMAIL", null, null)), refs))
        .hasMessage("an afterHours action needs businessHours");

    refs.queues("Night");
    refs.afterHoursTargets.put("Backup", "Night");
    refs.afterHoursTargets.put("Night", "Support");
    assertThatThrownBy(
            () ->
                QueueMapping.toConfig(
                    withRules(0, null, "Office", new Action("TO_QUEUE", "Backup", null)), refs))
        .hasMessage(
            "afterHours would move contacts in a circle: Support → Backup → Night → Support");

    refs.afterHoursTargets.put("Night", "Backup"); // a loop of others is not this queue's business
    assertThat(
            QueueMapping.toConfig(
                    withRules(0, null, "Office", new Action("TO_QUEUE", "Backup", null)), refs)
                .afterHours())
        .isEqualTo(new OverflowAction.ToQueue(QueueId.of("Backup")));
  }
}
