package dev.parley.conversation;

import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import java.time.Instant;

/**
 * An agent pulled in an expert on {@code conversation}: routing offers the {@code consult} segment;
 * whoever accepts it joins as EXPERT, seen by the customer unless {@code privately}.
 */
public record ConsultRequest(
    ContactId consult,
    ContactId conversation,
    AgentId requestedBy,
    boolean privately,
    String note,
    Instant at) {}
