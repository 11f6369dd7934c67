package dev.parley.chat;

import dev.parley.routing.api.id.ContactId;

/**
 * A waiting chat's or call's place: 1 is next; the estimate is null until the queue has served a
 * few; {@code keepPlace}: the queue lets a caller leave the call and keep the place (virtual hold).
 */
public record Standing(
    ContactId conversation, int position, Integer estimatedWaitSeconds, boolean keepPlace) {}
