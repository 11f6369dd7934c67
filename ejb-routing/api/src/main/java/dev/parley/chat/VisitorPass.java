package dev.parley.chat;

import dev.parley.routing.api.id.VisitorId;

/** A visitor known by a signed token; {@code token} is the one to keep (renewed on each use). */
public record VisitorPass(VisitorId visitor, String token, boolean returning) {}
