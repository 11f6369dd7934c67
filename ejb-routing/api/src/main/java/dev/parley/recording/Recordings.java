package dev.parley.recording;

import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.RecordingId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Recordings of calls and voicemail (docs/recordings.md). Callers have checked the caller's role;
 * what depends on the recording (whose call it is, its state) is checked here and refused with
 * {@link RecordingRefusedException}.
 */
public interface Recordings {

  /** The recording policy of the call's queue (ALWAYS when the queue says nothing). */
  RecordingPolicy policy(@NotNull ContactId call);

  /**
   * Whether {@code agent} may record their call now, in either media mode: a live call, active and
   * theirs, of a queue that records ALWAYS, or ON_DEMAND when {@code requested} (the agent asked).
   * The one place the policy is decided; {@link #begin} checks it too.
   *
   * @throws RecordingRefusedException NOT_FOUND, or NOT_ALLOWED saying why
   */
  void permit(@NotNull ContactId call, @NotNull String agent, boolean requested);

  /**
   * The agent's browser starts recording the call it has ({@code requested}: the agent asked, which
   * an ON_DEMAND queue needs). Answers the recording the chunks go to: the running one when the
   * agent's browser starts again (a reload) and its last recording is still open. Refused when the
   * call is not the agent's or the queue never records.
   */
  RecordingView begin(@NotNull ContactId call, @NotNull String agent, boolean requested);

  /**
   * The caller's browser starts recording a voicemail message ({@code visitor}: the caller, as
   * {@link #visitorActor}): the call must be {@code visitor}'s own and have been sent to voicemail
   * (after hours or overflow). Chunks and the finish go through {@link #chunk} and {@link #finish}
   * with the same actor; chunks arriving later than the queue's {@code voicemailMaxSeconds} (and a
   * short grace) are refused. Once the message is READY it becomes a VOICEMAIL contact in the
   * call's queue (docs/adr/0020-voicemail.md). A browser that starts again gets the open recording;
   * a call leaves at most one message.
   */
  RecordingView beginVoicemail(@NotNull ContactId call, @NotNull String visitor);

  /** The longest message, in seconds, the queue of {@code call} takes. */
  int voicemailMaxSeconds(@NotNull ContactId call);

  /** The message a VOICEMAIL contact plays, once it became one. */
  Optional<RecordingView> voicemail(@NotNull ContactId voicemailContact);

  /**
   * Voicemail messages that became contacts and whose notice (docs/adr/0022-mail-notices.md) is
   * undecided yet, oldest first: what a stop left between the contact and the notice.
   */
  List<VoicemailLeft> voicemailNoticesDue(@Min(1) int limit);

  /**
   * Takes the voicemail message's notice to decide, in the caller's transaction: answers the
   * message when its notice is undecided and marks it decided; empty otherwise. The row is locked,
   * so of two callers one gets it; a rollback undoes the mark.
   */
  Optional<RecordingView> claimVoicemailNotice(@NotNull RecordingId id);

  /** The actor name of a visitor (caller) in recordings and the audit trail. */
  static String visitorActor(String visitorId) {
    return "visitor:" + visitorId;
  }

  /** The media server starts recording the call for its agent (Kurento mode). */
  ServerRecording beginOnServer(@NotNull ContactId call, String agent, boolean video);

  /**
   * Chunk {@code sequence} (from 0, in order of recording) of a browser recording. A chunk sent
   * again (a retry) replaces the one of the same number. Refused once the recording is finished,
   * for another agent's recording, over the chunk size limit.
   */
  void chunk(
      @NotNull RecordingId id,
      @NotNull String agent,
      @Min(0) int sequence,
      @NotNull InputStream data);

  /** Pauses or resumes; the pause is kept in the recording's metadata with who did it. */
  RecordingView pause(@NotNull RecordingId id, @NotNull String actor, boolean paused);

  /**
   * The browser stopped recording (hang-up, transfer): the chunks are joined and made seekable in
   * the background; the recording is listed READY when done (FAILED when nothing playable arrived).
   * Finishing twice does nothing.
   */
  RecordingView finish(@NotNull RecordingId id, @NotNull String actor);

  /** The media server's files of a recording are complete. */
  void finishedOnServer(@NotNull RecordingId id, @NotNull List<ServerFile> files);

  /** The latest recordings of a call, newest first (the agent's view of whether it records). */
  List<RecordingView> ofContact(@NotNull ContactId contact);

  Optional<RecordingView> find(@NotNull RecordingId id);

  RecordingPage search(@NotNull @Valid RecordingQuery query);

  /**
   * The file to play or download ({@code party}: one party's track, else the whole call), written
   * to the audit trail as {@code action} (PLAY or DOWNLOAD) by {@code actor}. A player fetches a
   * file in many range requests: one playback is one PLAY entry, so a PLAY of the same recording by
   * the same actor within the last ten minutes is not written again. Every DOWNLOAD is. Refused
   * unless READY.
   */
  RecordingMedia open(
      @NotNull RecordingId id, String party, @NotNull String actor, @NotNull AuditAction action);

  /** Sets or lifts the legal hold (audited); a held recording is never deleted. */
  RecordingView legalHold(@NotNull RecordingId id, boolean hold, @NotNull String actor);

  /** Adds an entry to the audit trail (monitoring a live call). */
  void audit(
      @NotNull String actor,
      @NotNull AuditAction action,
      ContactId contact,
      RecordingId recording,
      String detail);

  /** The audit trail, newest first; every criterion may be null. At most {@code limit} entries. */
  List<AuditEntry> auditTrail(
      RecordingId recording, String actor, Instant from, Instant to, @Min(1) int limit);

  /**
   * Deletes, file and metadata together, every recording whose retention ended by {@code now} and
   * that is not under legal hold; each deletion is audited (actor {@code system}). Answers how
   * many.
   */
  int expire(@NotNull Instant now);

  /** Checks files against metadata (done at start-up); see {@link ConsistencyReport}. */
  ConsistencyReport check();
}
