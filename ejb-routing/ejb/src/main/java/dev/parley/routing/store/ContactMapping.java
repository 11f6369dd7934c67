package dev.parley.routing.store;

import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.ContactView;
import dev.parley.routing.api.Direction;
import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import dev.parley.routing.api.id.QueueId;
import dev.parley.routing.contact.Contact;
import dev.parley.routing.contact.jpa.ContactEntity;
import dev.parley.routing.customer.CustomerKey;
import dev.parley.routing.queue.SkillRequirement;
import java.util.List;
import java.util.Set;

/**
 * Translates stored contact rows to views and, for a rebuild, to the engine's {@link Contact}.
 * Pure.
 */
public final class ContactMapping {
  private ContactMapping() {}

  public static ContactView toView(ContactEntity e) {
    return new ContactView(
        e.id(),
        Channel.valueOf(e.channel()),
        Direction.valueOf(e.direction()),
        e.customer(),
        e.queue(),
        e.priority(),
        ContactState.valueOf(e.state()),
        e.arrivalSeq(),
        e.assignedAgent(),
        e.disposition(),
        e.receivedAt(),
        e.queuedAt(),
        e.offeredAt(),
        e.acceptedAt(),
        e.wrapUpAt(),
        e.closedAt(),
        e.abandonedAt(),
        e.overflowedAt());
  }

  /**
   * The contact as the engine last committed it. Its age ({@code arrivedAt}) is the intake time, so
   * a rebuilt queue keeps the original order; {@code queuedAt} restarts nothing either. {@code
   * linked} are the keys of the identities linked to the contact's customer (empty when not asked),
   * for the sticky-agent rule.
   */
  public static Contact toContact(ContactEntity e, Set<String> linked) {
    List<CustomerId> identities =
        e.customerKey() == null ? List.of() : CustomerKey.ownFirst(e.customerKey(), linked);
    return Contact.builder(
            ContactId.of(e.id()),
            Channel.valueOf(e.channel()),
            QueueId.of(e.queue()),
            e.receivedAt())
        .direction(Direction.valueOf(e.direction()))
        .customer(e.customer() == null ? null : CustomerId.of(e.customer()))
        .identities(identities)
        .priority(e.priority())
        .queuedAt(e.queuedAt())
        .parent(e.parentId() == null ? null : ContactId.of(e.parentId()))
        .state(ContactState.valueOf(e.state()))
        .assignedAgent(e.assignedAgent() == null ? null : AgentId.of(e.assignedAgent()))
        .disposition(e.disposition())
        .skills(skills(e.requiredSkills()))
        .build();
  }

  /** A contact's own skills as stored: {@code skill:level} joined by commas; null for none. */
  public static String skillsColumn(List<SkillRequirement> skills) {
    if (skills.isEmpty()) {
      return null;
    }
    return String.join(",", skills.stream().map(r -> r.skill() + ":" + r.minLevel()).toList());
  }

  public static List<SkillRequirement> skills(String column) {
    if (column == null || column.isBlank()) {
      return List.of();
    }
    List<SkillRequirement> out = new java.util.ArrayList<>();
    for (String part : column.split(",")) {
      int colon = part.lastIndexOf(':');
      out.add(
          SkillRequirement.of(
              part.substring(0, colon), Integer.parseInt(part.substring(colon + 1))));
    }
    return List.copyOf(out);
  }
}
