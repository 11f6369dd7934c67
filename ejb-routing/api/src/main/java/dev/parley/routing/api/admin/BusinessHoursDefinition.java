package dev.parley.routing.api.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A named business-hours calendar: an IANA {@code timeZone} (e.g. "Europe/Copenhagen"), opening
 * {@code windows} per weekday in that zone's local time and {@code holidays} (ISO dates, closed all
 * day). A day without windows is closed; a calendar without windows is always closed.
 */
public record BusinessHoursDefinition(
    @NotBlank @Size(max = 64) String name,
    @NotBlank @Size(max = 64) String timeZone,
    @NotNull List<@NotNull @Valid Window> windows,
    List<@NotBlank String> holidays) {

  /**
   * Open on {@code day} (MONDAY..SUNDAY) from {@code from} to {@code to} ("HH:mm", {@code to}
   * exclusive; "24:00" closes at midnight). Windows of one day must not overlap.
   */
  public record Window(@NotBlank String day, @NotBlank String from, @NotBlank String to) {}
}
