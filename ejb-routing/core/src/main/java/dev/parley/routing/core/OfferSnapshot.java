package dev.parley.routing.core;

import dev.parley.routing.api.id.AgentId;
import dev.parley.routing.api.id.ContactId;
import java.time.Instant;

/**
 * An offer as stored, for rebuilding the engine: {@code contact} rang at {@code agent} until {@code
 * expiresAt}. A rebuilt engine lets it ring on until that deadline, not a fresh ring time.
 */
public record OfferSnapshot(ContactId contact, AgentId agent, Instant expiresAt) {}
