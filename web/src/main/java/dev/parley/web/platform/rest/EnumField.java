package dev.parley.web.platform.rest;

import java.util.Arrays;
import java.util.Locale;

/**
 * Reads an enum-valued field of a request body, in any case; a bad value is a 400 naming the field.
 */
public final class EnumField {
  private EnumField() {}

  /**
   * @throws IllegalArgumentException when the value is missing or names no constant (answered 400
   *     with its message, which lists the allowed values)
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown "
              + field
              + " '"
              + value
              + "'; one of "
              + Arrays.toString(type.getEnumConstants()));
    }
  }
}
