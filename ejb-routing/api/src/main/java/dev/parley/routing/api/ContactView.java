package dev.parley.routing.api;

import java.time.Instant;

/** A stored contact as callers see it; timestamps are the latest entry into each state. */
public record ContactView(
    String id,
    Channel channel,
    Direction direction,
    String customer,
    String queue,
    int priority,
    ContactState state,
    long arrivalSeq,
    String assignedAgent,
    String disposition,
    Instant receivedAt,
    Instant queuedAt,
    Instant offeredAt,
    Instant acceptedAt,
    Instant wrapUpAt,
    Instant closedAt,
    Instant abandonedAt,
    Instant overflowedAt) {}
