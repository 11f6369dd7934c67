package dev.parley.recording.internal.webm;

/**
 * A TrackEntry's fields this package uses. {@code defaultDurationNanos} is a frame's duration when
 * the muxer declared one (ffmpeg does for video; MediaRecorder never does), else 0.
 */
record Track(long number, int type, String codecId, long defaultDurationNanos) {

  boolean isVideo() {
    return type == WebmIds.TRACK_TYPE_VIDEO;
  }

  boolean isAudio() {
    return type == WebmIds.TRACK_TYPE_AUDIO;
  }
}
