package dev.parley.routing.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.routing.api.Channel;
import dev.parley.routing.api.id.QueueId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueueConfigTest {
  @Test
  void requirementsRelaxStepByStepAsTheWaitGrows() {
    QueueConfig q =
        QueueConfig.builder("q", Channel.VOICE)
            .requires(SkillRequirement.of("spanish", 8))
            .relaxation(
                RelaxationStep.after(Duration.ofSeconds(60)),
                RelaxationStep.after(Duration.ofSeconds(30), SkillRequirement.of("spanish", 5)))
            .build();

    assertThat(q.requirementAfter(Duration.ofSeconds(10)).step()).isZero();
    assertThat(q.requirementAfter(Duration.ofSeconds(30)).requirements())
        .containsExactly(SkillRequirement.of("spanish", 5));
    assertThat(q.requirementAfter(Duration.ofSeconds(61)).step()).isEqualTo(2);
    assertThat(q.requirementAfter(Duration.ofSeconds(61)).requirements()).isEmpty();
  }

  @Test
  void refusesMaxWaitWithoutAnOverflowActionNamingTheSetting() {
    assertThatThrownBy(
            () ->
                QueueConfig.builder("sales", Channel.VOICE)
                    .maxWait(Duration.ofMinutes(5), null)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sales")
        .hasMessageContaining("maxWait");
  }

  @Test
  void refusesAnOverflowToItself() {
    assertThatThrownBy(
            () ->
                QueueConfig.builder("q", Channel.VOICE)
                    .maxWait(Duration.ofMinutes(1), new OverflowAction.ToQueue(QueueId.of("q")))
                    .build())
        .hasMessageContaining("itself");
  }

  @Test
  void businessHoursAreClosedOutsideTheWindowAndOnHolidays() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    BusinessHours h =
        BusinessHours.weekly(
            paris,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(8, 0),
            LocalTime.of(18, 0),
            Set.of(LocalDate.of(2026, 5, 1)));

    assertThat(h.isOpen(Instant.parse("2026-03-02T09:00:00Z"))).isTrue(); // Mon 10:00 Paris
    assertThat(h.isOpen(Instant.parse("2026-03-02T17:30:00Z"))).isFalse(); // Mon 18:30
    assertThat(h.isOpen(Instant.parse("2026-03-07T09:00:00Z"))).isFalse(); // Saturday
    assertThat(h.isOpen(Instant.parse("2026-05-01T09:00:00Z"))).isFalse(); // holiday (Friday)
    assertThat(BusinessHours.ALWAYS_OPEN.isOpen(Instant.EPOCH)).isTrue();
  }
}
