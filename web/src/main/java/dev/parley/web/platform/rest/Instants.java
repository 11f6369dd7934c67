package dev.parley.web.platform.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Query parameters that are instants (ISO-8601), for every audience's REST. */
public final class Instants {

  private Instants() {}

  /**
   * {@code value} as an instant, null when absent or blank; a value that is not ISO-8601 is an
   * {@link IllegalArgumentException} (400) naming the parameter.
   */
  public static Instant parameter(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be an ISO-8601 instant, was " + value);
    }
  }
}
