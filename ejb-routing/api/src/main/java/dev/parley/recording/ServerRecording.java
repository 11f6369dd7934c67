package dev.parley.recording;

import dev.parley.routing.api.id.RecordingId;
import java.nio.file.Path;

/**
 * A recording the media server makes: the files go under {@code directory} with names starting with
 * {@code baseName} (the whole call and one per party).
 */
public record ServerRecording(RecordingId id, Path directory, String baseName) {}
