package dev.parley.routing.reference;

import dev.parley.routing.api.admin.BusinessHoursDefinition;
import dev.parley.routing.queue.BusinessHours;
import dev.parley.routing.queue.jpa.BusinessHoursEntity;
import dev.parley.routing.queue.jpa.OpeningWindow;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates business-hours calendars between the admin's {@link BusinessHoursDefinition}, the
 * stored {@link BusinessHoursEntity} and the engine's {@link BusinessHours}. Pure; invalid values
 * raise {@link IllegalArgumentException} naming the field. Times are minutes of the local day;
 * "24:00" (minute 1440) closes a window at midnight.
 */
public final class CalendarMapping {
  private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)|24:00");
  public static final int END_OF_DAY = 24 * 60;

  private CalendarMapping() {}

  /** Checks a definition completely; nothing about it is stored before this passed. */
  public static BusinessHours toHours(BusinessHoursDefinition d) {
    ZoneId zone = zone(d.timeZone());
    Map<DayOfWeek, List<BusinessHours.Window>> week = new EnumMap<>(DayOfWeek.class);
    for (Parsed w : windows(d)) {
      week.computeIfAbsent(w.day(), k -> new ArrayList<>())
          .add(
              new BusinessHours.Window(
                  LocalTime.ofSecondOfDay(w.opens() * 60L), closing(w.closes())));
    }
    return new BusinessHours(zone, week, holidays(d));
  }

  public static BusinessHours toHours(BusinessHoursEntity e) {
    return toHours(toDefinition(e));
  }

  public static BusinessHoursDefinition toDefinition(BusinessHoursEntity e) {
    List<BusinessHoursDefinition.Window> windows =
        e.windows().stream()
            .sorted(
                Comparator.comparing((OpeningWindow w) -> DayOfWeek.valueOf(w.day()))
                    .thenComparingInt(OpeningWindow::opens))
            .map(
                w -> new BusinessHoursDefinition.Window(w.day(), time(w.opens()), time(w.closes())))
            .toList();
    List<String> holidays = new TreeSet<>(e.holidays()).stream().map(LocalDate::toString).toList();
    return new BusinessHoursDefinition(e.name(), e.timeZone(), windows, holidays);
  }

  /** Writes a definition already checked by {@link #toHours(BusinessHoursDefinition)}. */
  public static void apply(BusinessHoursDefinition d, BusinessHoursEntity e) {
    Set<OpeningWindow> windows = new LinkedHashSet<>();
    windows(d).forEach(w -> windows.add(new OpeningWindow(w.day().name(), w.opens(), w.closes())));
    e.update(zone(d.timeZone()).getId(), windows, holidays(d));
  }

  private record Parsed(DayOfWeek day, int opens, int closes) {}

  /** The windows, sorted by day and opening, checked for order and overlap. */
  private static List<Parsed> windows(BusinessHoursDefinition d) {
    if (d.windows() == null) {
      throw new IllegalArgumentException(
          "windows are required (an empty list means always closed)");
    }
    List<Parsed> parsed = new ArrayList<>();
    for (BusinessHoursDefinition.Window w : d.windows()) {
      if (w == null) {
        throw new IllegalArgumentException("a window must not be null");
      }
      DayOfWeek day = day(w.day());
      int opens = minutes("from", w.from());
      int closes = minutes("to", w.to());
      if (opens >= closes) {
        throw new IllegalArgumentException(
            "window on " + day + " must close after it opens: " + w.from() + "–" + w.to());
      }
      parsed.add(new Parsed(day, opens, closes));
    }
    parsed.sort(Comparator.comparing(Parsed::day).thenComparingInt(Parsed::opens));
    for (int i = 1; i < parsed.size(); i++) {
      Parsed before = parsed.get(i - 1);
      Parsed w = parsed.get(i);
      if (before.day() == w.day() && w.opens() < before.closes()) {
        throw new IllegalArgumentException(
            "windows on "
                + w.day()
                + " overlap: "
                + time(before.opens())
                + "–"
                + time(before.closes())
                + " and "
                + time(w.opens())
                + "–"
                + time(w.closes()));
      }
    }
    return parsed;
  }

  private static Set<LocalDate> holidays(BusinessHoursDefinition d) {
    Set<LocalDate> out = new TreeSet<>();
    for (String h : d.holidays() == null ? List.<String>of() : d.holidays()) {
      try {
        out.add(LocalDate.parse(h.strip()));
      } catch (DateTimeException | NullPointerException e) {
        throw new IllegalArgumentException("holiday '" + h + "' is not a date (YYYY-MM-DD)");
      }
    }
    return out;
  }

  public static ZoneId zone(String name) {
    try {
      return ZoneId.of(name.strip());
    } catch (DateTimeException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown time zone '" + name + "'; use an IANA name such as Europe/Copenhagen");
    }
  }

  private static DayOfWeek day(String name) {
    try {
      return DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "unknown day '" + name + "'; expected one of " + List.of(DayOfWeek.values()));
    }
  }

  private static int minutes(String field, String value) {
    Matcher m = value == null ? null : TIME.matcher(value.strip());
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException(
          "window " + field + " '" + value + "' is not a time HH:mm (00:00..24:00)");
    }
    return m.group(1) == null
        ? END_OF_DAY
        : Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
  }

  private static LocalTime closing(int minutes) {
    return minutes == END_OF_DAY ? LocalTime.MAX : LocalTime.ofSecondOfDay(minutes * 60L);
  }

  public static String time(int minutes) {
    return "%02d:%02d".formatted(minutes / 60, minutes % 60);
  }
}
