package dev.parley.recording;

import dev.parley.routing.api.id.RecordingId;
import java.time.Instant;
import java.util.List;

/**
 * A recording as the library shows it. {@code durationMillis} is what the file plays (paused
 * stretches are not in it); {@code tracks} are the media server's per-party files beside the whole
 * call's. {@code expiresAt} is null when the queue keeps recordings for ever; a recording under
 * {@code legalHold} is never deleted.
 */
public record RecordingView(
    RecordingId id,
    String contact,
    RecordingKind kind,
    String channel,
    RecordingSource source,
    String queue,
    String customerId,
    String customerName,
    String customerAddress,
    List<String> agents,
    List<String> experts,
    Instant startedAt,
    Instant endedAt,
    long durationMillis,
    long sizeBytes,
    boolean video,
    RecordingState state,
    String problem,
    boolean paused,
    List<Pause> pauses,
    boolean legalHold,
    Instant expiresAt,
    List<Track> tracks) {

  /** A stretch that was not recorded; {@code resumedAt} null while still paused. */
  public record Pause(Instant at, Instant resumedAt, String by) {}

  /** One party's own file (media server recordings). */
  public record Track(String party, long durationMillis, long sizeBytes) {}

  public boolean playable() {
    return state == RecordingState.READY;
  }
}
