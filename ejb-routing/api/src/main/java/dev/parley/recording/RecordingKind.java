package dev.parley.recording;

/** A recorded call, or a message a caller left (voicemail). */
public enum RecordingKind {
  CALL,
  VOICEMAIL
}
