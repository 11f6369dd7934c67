package dev.parley.chat;

import dev.parley.routing.api.id.ContactId;

/** A waiting chat's place: 1 is next; the estimate is null until the queue has served a few. */
public record Standing(ContactId conversation, int position, Integer estimatedWaitSeconds) {}
