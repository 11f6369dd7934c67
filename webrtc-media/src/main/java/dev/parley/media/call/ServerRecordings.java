package dev.parley.media.call;

import dev.parley.media.spi.MediaBackend;
import dev.parley.media.spi.RecordedFile;
import dev.parley.media.spi.RecordingPlan;
import dev.parley.recording.RecordingPolicy;
import dev.parley.recording.Recordings;
import dev.parley.recording.ServerFile;
import dev.parley.recording.ServerRecording;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactView;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.RecordingId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Kurento mode: the media server records the calls (ADR 0019). Which recording of the library each
 * call's files belong to, from the start ({@link Recordings#beginOnServer}) until the backend
 * reports the files complete ({@link Recordings#finishedOnServer}). {@link CallsBean} calls it
 * under the call's room lock.
 */
final class ServerRecordings {

  private static final Logger LOG = Logger.getLogger(ServerRecordings.class.getName());

  private final MediaBackend backend;
  private final Recordings recordings;
  private final Map<ContactId, RecordingId> running = new ConcurrentHashMap<>();

  ServerRecordings(MediaBackend backend, Recordings recordings) {
    this.backend = backend;
    this.recordings = recordings;
  }

  /** The agent joined their call: a queue that records ALWAYS has it recorded from now. */
  void startIfAlways(ContactId call, ContactView contact, String agent) {
    if (recordings.policy(call) != RecordingPolicy.ALWAYS) {
      return;
    }
    try {
      start(call, agent, contact.channel() == Channel.VIDEO);
    } catch (RuntimeException e) {
      // The call goes on unrecorded rather than not at all; the log says why.
      LOG.log(Level.WARNING, "event=calls.recording.start.failed call=" + call, e);
    }
  }

  /** Records the call from now (whole call and each party), unless it is already recorded. */
  void start(ContactId call, String agent, boolean video) {
    if (running.containsKey(call)) {
      return;
    }
    ServerRecording recording = recordings.beginOnServer(call, agent, video);
    running.put(call, recording.id());
    backend.startRecording(
        call, new RecordingPlan(recording.directory(), recording.baseName(), video));
    LOG.info(
        () -> "event=calls.recording.started call=%s recording=%s".formatted(call, recording.id()));
  }

  /** Pauses or resumes the call's recording; a call not recorded is left alone. */
  void pause(ContactId call, boolean paused) {
    if (running.containsKey(call)) {
      backend.pauseRecording(call, paused);
    }
  }

  /**
   * The backend's files of the call are complete: the library makes them seekable and lists them.
   */
  void recorded(ContactId call, List<RecordedFile> files) {
    RecordingId id = running.remove(call);
    LOG.info(() -> "event=calls.recorded call=%s recording=%s files=%s".formatted(call, id, files));
    if (id != null) {
      recordings.finishedOnServer(
          id, files.stream().map(f -> new ServerFile(f.party(), f.name())).toList());
    }
  }
}
