package dev.parley.routing.queue.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One row of {@code routing_calendar_window}: open on {@code day} (a {@link java.time.DayOfWeek}
 * name) from minute {@code opens} to minute {@code closes} (exclusive; 1440 = end of day).
 */
@Embeddable
public class OpeningWindow {
  @Column(name = "day_of_week", nullable = false, length = 9)
  private String day;

  @Column(name = "opens_minute", nullable = false)
  private int opens;

  @Column(name = "closes_minute", nullable = false)
  private int closes;

  protected OpeningWindow() {}

  public OpeningWindow(String day, int opens, int closes) {
    this.day = day;
    this.opens = opens;
    this.closes = closes;
  }

  public String day() {
    return day;
  }

  public int opens() {
    return opens;
  }

  public int closes() {
    return closes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OpeningWindow w
        && w.day.equals(day)
        && w.opens == opens
        && w.closes == closes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(day, opens, closes);
  }
}
