package dev.parley.conversation;

import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import java.time.Instant;

/**
 * An agent who takes or took part in a conversation: as its handling AGENT or as an EXPERT pulled
 * in through {@code consult} (a contact of its own). A private expert ({@code visibility} AGENTS)
 * writes for agents only. {@code leftAt} is null while it takes part.
 */
public record Participant(
    ContactId conversation,
    AgentId agent,
    AuthorRole role,
    Visibility visibility,
    ContactId consult,
    Instant joinedAt,
    Instant leftAt) {

  public boolean present() {
    return leftAt == null;
  }
}
