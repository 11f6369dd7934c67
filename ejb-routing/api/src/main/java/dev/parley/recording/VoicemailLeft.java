package dev.parley.recording;

import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.RecordingId;

/**
 * A voicemail message became the VOICEMAIL contact {@code contact}. Fired (as a CDI event) once the
 * link is committed, so the e-mail channel announces it to the queue's address; the same pair is
 * what {@link Recordings#voicemailNoticesDue} lists while its notice is undecided.
 */
public record VoicemailLeft(RecordingId recording, ContactId contact) {}
