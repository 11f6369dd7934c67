package dev.parley.recording;

/** Whether a queue's calls are recorded: every call, when the agent asks, or never. */
public enum RecordingPolicy {
  ALWAYS,
  ON_DEMAND,
  NEVER
}
