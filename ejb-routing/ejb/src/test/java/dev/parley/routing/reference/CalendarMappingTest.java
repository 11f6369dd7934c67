package dev.parley.routing.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.routing.api.admin.BusinessHoursDefinition;
import dev.parley.routing.api.admin.BusinessHoursDefinition.Window;
import dev.parley.routing.queue.BusinessHours;
import dev.parley.routing.queue.jpa.BusinessHoursEntity;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarMappingTest {

  private static BusinessHoursDefinition office(List<Window> windows, List<String> holidays) {
    return new BusinessHoursDefinition("Office", "Europe/Copenhagen", windows, holidays);
  }

  private static final List<Window> WEEKDAYS =
      List.of(
          new Window("monday", "8:00", "12:00"),
          new Window("MONDAY", "13:00", "17:00"),
          new Window("SATURDAY", "20:00", "24:00"));

  @Test
  void windowsAreLocalTimesInTheCalendarsZoneAndHolidaysCloseTheWholeDay() {
    BusinessHours h = CalendarMapping.toHours(office(WEEKDAYS, List.of("2026-12-21")));

    assertThat(h.zone()).isEqualTo(ZoneId.of("Europe/Copenhagen"));
    // Monday 2 March 2026: Copenhagen is UTC+1.
    assertThat(h.isOpen(Instant.parse("2026-03-02T07:00:00Z"))).as("08:00 local").isTrue();
    assertThat(h.isOpen(Instant.parse("2026-03-02T06:59:00Z"))).as("07:59 local").isFalse();
    assertThat(h.isOpen(Instant.parse("2026-03-02T11:30:00Z"))).as("lunch").isFalse();
    assertThat(h.isOpen(Instant.parse("2026-03-02T15:59:00Z"))).as("16:59 local").isTrue();
    assertThat(h.isOpen(Instant.parse("2026-03-03T09:00:00Z")))
        .as("Tuesday has no window")
        .isFalse();
    assertThat(h.isOpen(Instant.parse("2026-03-07T22:59:00Z")))
        .as("23:59 Saturday, window to 24:00")
        .isTrue();
    assertThat(h.isOpen(Instant.parse("2026-12-21T09:00:00Z"))).as("a Monday holiday").isFalse();
  }

  @Test
  void noWindowsMeansAlwaysClosed() {
    BusinessHours h = CalendarMapping.toHours(office(List.of(), null));
    assertThat(h.isOpen(Instant.parse("2026-03-02T09:00:00Z"))).isFalse();
  }

  @Test
  void aStoredCalendarReadsBackNormalisedAndSorted() {
    BusinessHoursEntity e = new BusinessHoursEntity("Office");
    CalendarMapping.apply(
        office(
            List.of(
                new Window("saturday", "20:00", "24:00"),
                new Window("Monday", "13:00", "17:00"),
                new Window("MONDAY", "8:00", "12:00")),
            List.of("2026-12-25", "2026-12-24", "2026-12-25")),
        e);

    BusinessHoursDefinition back = CalendarMapping.toDefinition(e);

    assertThat(back.timeZone()).isEqualTo("Europe/Copenhagen");
    assertThat(back.windows())
        .containsExactly(
            new Window("MONDAY", "08:00", "12:00"),
            new Window("MONDAY", "13:00", "17:00"),
            new Window("SATURDAY", "20:00", "24:00"));
    assertThat(back.holidays()).containsExactly("2026-12-24", "2026-12-25");
    assertThat(CalendarMapping.toHours(e)).isEqualTo(CalendarMapping.toHours(back));
  }

  @Test
  void badInputIsRefusedNamingTheProblem() {
    assertThatThrownBy(
            () ->
                CalendarMapping.toHours(
                    new BusinessHoursDefinition("x", "Mars/Olympus", List.of(), null)))
        .hasMessageContaining("unknown time zone 'Mars/Olympus'");
    assertThatThrownBy(
            () ->
                CalendarMapping.toHours(
                    office(List.of(new Window("Funday", "08:00", "12:00")), null)))
        .hasMessageContaining("unknown day 'Funday'");
    assertThatThrownBy(
            () ->
                CalendarMapping.toHours(office(List.of(new Window("MONDAY", "8h", "12:00")), null)))
        .hasMessageContaining("window from '8h' is not a time HH:mm");
    assertThatThrownBy(
            () ->
                CalendarMapping.toHours(
                    office(List.of(new Window("MONDAY", "08:00", "24:30")), null)))
        .hasMessageContaining("window to '24:30'");
    assertThatThrownBy(
            () ->
                CalendarMapping.toHours(
                    office(List.of(new Window("MONDAY", "12:00", "08:00")), null)))
        .hasMessageContaining("must close after it opens");
    assertThatThrownBy(
            () ->
                CalendarMapping.toHours(
                    office(
                        List.of(
                            new Window("MONDAY", "08:00", "12:00"),
                            new Window("MONDAY", "11:00", "13:00")),
                        null)))
        .hasMessage("windows on MONDAY overlap: 08:00–12:00 and 11:00–13:00");
    assertThatThrownBy(() -> CalendarMapping.toHours(office(WEEKDAYS, List.of("25/12/2026"))))
        .hasMessageContaining("holiday '25/12/2026' is not a date");
    assertThatThrownBy(() -> CalendarMapping.toHours(office(null, null)))
        .hasMessageContaining("windows are required");
  }

  @Test
  void adjacentWindowsAreAllowed() {
    BusinessHours h =
        CalendarMapping.toHours(
            office(
                List.of(
                    new Window("MONDAY", "08:00", "12:00"), new Window("MONDAY", "12:00", "16:00")),
                null));
    assertThat(h.isOpen(Instant.parse("2026-03-02T11:00:00Z"))).as("12:00 local").isTrue();
  }
}
