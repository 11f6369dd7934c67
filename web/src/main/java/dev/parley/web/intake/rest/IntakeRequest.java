package dev.parley.web.intake.rest;

import dev.parley.routing.api.Channel;
import dev.parley.routing.api.Direction;
import dev.parley.routing.api.NewContact;
import dev.parley.web.platform.rest.EnumField;

/**
 * Body of {@code POST /api/contacts}; {@code priority} defaults to 0, {@code direction} to INBOUND,
 * {@code skills} (skill → minimum level, needed besides the queue's) to none. {@code origin} (up to
 * 200 characters, optional) names the outside item the contact is made from: posting the same
 * origin again answers the contact made the first time instead of making another.
 */
public record IntakeRequest(
    String channel,
    String queue,
    String customer,
    Integer priority,
    String direction,
    java.util.Map<String, Integer> skills,
    String origin) {

  /** The service's command; unknown channel or direction names are a 400 naming the field. */
  NewContact toNewContact() {
    return new NewContact(
        EnumField.parse(Channel.class, "channel", channel),
        queue,
        customer,
        priority == null ? 0 : priority,
        direction == null
            ? Direction.INBOUND
            : EnumField.parse(Direction.class, "direction", direction),
        skills == null ? java.util.Map.of() : skills,
        origin);
  }
}
