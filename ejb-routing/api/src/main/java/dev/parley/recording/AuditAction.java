package dev.parley.recording;

/**
 * What the audit trail records: a supervisor playing or downloading a recording, a legal hold set
 * or lifted, the retention job deleting one, the start-up check finding a file missing or an
 * orphan, a supervisor monitoring a live call (listen, whisper, barge) and stopping.
 */
public enum AuditAction {
  PLAY,
  DOWNLOAD,
  LEGAL_HOLD_ON,
  LEGAL_HOLD_OFF,
  EXPIRED,
  FILE_MISSING,
  FILE_ORPHAN,
  MONITOR_LISTEN,
  MONITOR_WHISPER,
  MONITOR_BARGE,
  MONITOR_END
}
