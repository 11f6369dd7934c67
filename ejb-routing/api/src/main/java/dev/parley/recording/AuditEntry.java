package dev.parley.recording;

import java.time.Instant;

/**
 * One audit record: who ({@code actor}, a username or {@code system}), when, what, on which
 * recording and/or contact. Kept when the recording itself is deleted.
 */
public record AuditEntry(
    long id,
    Instant at,
    String actor,
    AuditAction action,
    String recording,
    String contact,
    String detail) {}
