package dev.parley.recording;

/**
 * Where a recording is: being made (chunks arriving, or the media server recording), being made
 * seekable, ready to play, failed (nothing playable arrived; {@code problem} says why), or missing
 * (its file was not found when Parley checked).
 */
public enum RecordingState {
  RECORDING,
  PROCESSING,
  READY,
  FAILED,
  MISSING
}
