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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Row of {@code routing_calendar}: a named business-hours calendar that queues refer to. Windows
 * and holidays are validated by the service before they get here (time zone known, windows of a day
 * not overlapping); the table's constraints are the last line.
 */
@Entity
@Cacheable
@Table(name = "routing_calendar")
@NamedQuery(
    name = BusinessHoursEntity.ALL,
    query = "select c from BusinessHoursEntity c order by c.name")
public class BusinessHoursEntity {
  public static final String ALL = "BusinessHoursEntity.all";

  @Id
  @Column(name = "name", length = 64)
  private String name;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "routing_calendar_window",
      joinColumns = @JoinColumn(name = "calendar_name"))
  private Set<OpeningWindow> windows = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "routing_calendar_holiday",
      joinColumns = @JoinColumn(name = "calendar_name"))
  @Column(name = "holiday", nullable = false)
  private Set<LocalDate> holidays = new LinkedHashSet<>();

  @Version private long version;

  protected BusinessHoursEntity() {}

  public BusinessHoursEntity(String name) {
    this.name = name;
  }

  public String name() {
    return name;
  }

  public String timeZone() {
    return timeZone;
  }

  public Set<OpeningWindow> windows() {
    return windows;
  }

  public Set<LocalDate> holidays() {
    return holidays;
  }

  /** Replaces the whole calendar (collections refilled in place). */
  public void update(String timeZone, Set<OpeningWindow> windows, Set<LocalDate> holidays) {
    this.timeZone = timeZone;
    this.windows.clear();
    this.windows.addAll(windows);
    this.holidays.clear();
    this.holidays.addAll(holidays);
  }
}
