package dev.parley.recording.internal.webm;

/**
 * The first keyframe of a track in a Cluster: a place a player can start decoding, so a CuePoint
 * may point at it. {@code timestamp} is in TimestampScale units; {@code relativePosition} is where
 * its block starts in the written Cluster's data (the Cues' CueRelativePosition).
 */
record Keyframe(long track, long timestamp, long relativePosition) {}
