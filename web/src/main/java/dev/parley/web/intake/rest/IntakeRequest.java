package dev.parley.web.routing.rest;

import dev.parley.routing.api.Channel;
import dev.parley.routing.api.Direction;
import dev.parley.routing.api.NewContact;
import java.util.Arrays;
import java.util.Locale;

/** Body of {@code POST /api/contacts}; {@code priority} defaults to 0, {@code direction} to INBOUND. */
public record IntakeRequest(String channel, String queue, String customer, Integer priority, String direction) {

  /** The service's command; unknown channel or direction names are a 400 naming the field. */
  NewContact toNewContact() {
    return new NewContact(
        parse(Channel.class, "channel", channel),
        queue,
        customer,
        priority == null ? 0 : priority,
        direction == null ? Direction.INBOUND : parse(Direction.class, "direction", direction));
  }

  static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown " + field + " '" + value + "'; one of " + Arrays.toString(type.getEnumConstants()));
    }
  }
}
