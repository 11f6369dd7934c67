/**
 * Recordings of calls and voicemail messages, their library (search, playback, download for
 * supervisors), their audit trail, retention and legal hold (ADR 0018). What may call it: the web
 * module (agents' uploads, supervisors' library, admins' audit) and the media module (recordings a
 * media server made). The bytes live under Parley's recordings directory, the metadata in the
 * database; the two are checked against each other at start-up.
 */
package dev.parley.recording;
