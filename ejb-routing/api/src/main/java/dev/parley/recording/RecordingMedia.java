package dev.parley.recording;

import java.nio.file.Path;

/** A recording's file to send: where it is, its type and size, a name for a download. */
public record RecordingMedia(Path file, String contentType, long size, String fileName) {}
