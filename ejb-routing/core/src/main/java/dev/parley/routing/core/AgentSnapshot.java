package dev.parley.routing.core;

import dev.parley.routing.agent.AgentProfile;
import dev.parley.routing.api.Presence;
import java.time.Instant;

/** A logged-in agent as stored, for rebuilding the engine after a restart. */
public record AgentSnapshot(
    AgentProfile profile, Presence presence, Instant idleSince, int handledToday) {}
