package dev.parley.recording;

/**
 * Who records: a browser that mixes the call and uploads it in chunks (peer to peer; the caller's
 * browser for a voicemail), or the media server (Kurento: the whole call and each party).
 */
public enum RecordingSource {
  BROWSER,
  MEDIA_SERVER
}
