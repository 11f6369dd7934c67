package dev.parley.recording.internal;

import dev.parley.recording.AuditAction;
import dev.parley.recording.AuditEntry;
import dev.parley.recording.RecordingKind;
import dev.parley.recording.RecordingSource;
import dev.parley.recording.RecordingState;
import dev.parley.recording.RecordingView;
import dev.parley.routing.api.id.RecordingId;

/** Rows to the API's views. */
final class RecordingViews {

  private RecordingViews() {}

  static RecordingView view(RecordingEntity e) {
    return new RecordingView(
        RecordingId.of(e.id),
        e.contactId,
        RecordingKind.valueOf(e.kind),
        e.channel,
        RecordingSource.valueOf(e.source),
        e.queueName,
        e.customerId,
        e.customerName,
        e.customerAddress,
        RecordingEntity.list(e.agents),
        RecordingEntity.list(e.experts),
        e.startedAt,
        e.endedAt,
        e.durationMs,
        e.sizeBytes,
        e.video,
        RecordingState.valueOf(e.state),
        e.problem,
        e.paused,
        e.pauses.stream()
            .map(p -> new RecordingView.Pause(p.pausedAt, p.resumedAt, p.pausedBy))
            .toList(),
        e.legalHold,
        e.expiresAt,
        e.tracks.stream()
            .map(t -> new RecordingView.Track(t.party, t.durationMs, t.sizeBytes))
            .toList());
  }

  static AuditEntry audit(AuditEntryEntity e) {
    return new AuditEntry(
        e.id, e.at, e.actor, AuditAction.valueOf(e.action), e.recordingId, e.contactId, e.detail);
  }
}
