package dev.parley.routing.contact;

import dev.parley.routing.api.ContactState;
import java.time.Instant;

/** One step of a contact's history, kept so reports can measure every phase. */
public record Transition(ContactState from, ContactState to, Instant at) {}
