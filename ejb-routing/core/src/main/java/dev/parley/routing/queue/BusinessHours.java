package dev.parley.routing.queue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A weekly opening calendar in a time zone, with holidays on which the queue is closed all day. A
 * day missing from {@code week} is closed; {@link #ALWAYS_OPEN} never closes.
 */
public record BusinessHours(
    ZoneId zone, Map<DayOfWeek, List<Window>> week, Set<LocalDate> holidays) {
  /** Open from {@code from} (inclusive) to {@code to} (exclusive) local time. */
  public record Window(LocalTime from, LocalTime to) {
    public Window {
      if (!from.isBefore(to)) {
        throw new IllegalArgumentException("opening window must end after it starts: " + from);
      }
    }
  }

  public static final BusinessHours ALWAYS_OPEN =
      new BusinessHours(ZoneId.of("UTC"), null, Set.of());

  public BusinessHours {
    if (week != null) {
      EnumMap<DayOfWeek, List<Window>> copy = new EnumMap<>(DayOfWeek.class);
      week.forEach((d, w) -> copy.put(d, List.copyOf(w)));
      week = Map.copyOf(copy);
    }
    holidays = Set.copyOf(holidays);
  }

  /** The same hours every day in {@code days}, e.g. Monday to Friday 08:00–18:00. */
  public static BusinessHours weekly(
      ZoneId zone, Set<DayOfWeek> days, LocalTime from, LocalTime to, Set<LocalDate> holidays) {
    EnumMap<DayOfWeek, List<Window>> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : days) {
      week.put(d, List.of(new Window(from, to)));
    }
    return new BusinessHours(zone, week, holidays);
  }

  public boolean isOpen(Instant at) {
    if (week == null) {
      return true;
    }
    ZonedDateTime local = at.atZone(zone);
    if (holidays.contains(local.toLocalDate())) {
      return false;
    }
    LocalTime t = local.toLocalTime();
    for (Window w : week.getOrDefault(local.getDayOfWeek(), List.of())) {
      if (!t.isBefore(w.from()) && t.isBefore(w.to())) {
        return true;
      }
    }
    return false;
  }
}
