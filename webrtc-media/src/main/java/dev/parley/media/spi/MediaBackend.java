package dev.parley.media.spi;

import dev.parley.call.CallSignal;
import dev.parley.call.MediaMode;
import dev.parley.call.MonitorMode;
import dev.parley.call.Party;
import dev.parley.call.Peer;
import dev.parley.routing.api.id.ContactId;
import java.util.List;

/**
 * The media of calls in one mode. {@code CallsBean} decides who is in a call and calls this in
 * order per call (never two calls at once for the same call); what goes back to browsers leaves
 * through the {@link MediaListener} the backend was made with. Implementations release everything a
 * call holds in {@link #close(ContactId)} and everything at all in {@link #shutdown()}.
 */
public interface MediaBackend {

  MediaMode mode();

  /** False while calls cannot get media (Kurento unreachable); {@link #detail()} says why. */
  boolean available();

  String detail();

  /** Media pipelines held now (0 for peer to peer). */
  int pipelines();

  /**
   * {@code party} joins the call in which {@code others} already are (in join order, the customer
   * first when present). Answers the peers the party's browser connects to. Throws {@link
   * MediaUnavailableException} when media cannot be set up now.
   */
  List<Peer> join(ContactId call, Party party, boolean video, List<Party> others);

  /**
   * A signaling message from {@code from} to {@code peer} (another party in peer-to-peer mode,
   * {@link Party#MEDIA_SERVER_ID} in Kurento mode).
   */
  void signal(ContactId call, Party from, String peer, CallSignal signal);

  /** {@code party} left; {@code others} stay in the call. */
  void leave(ContactId call, String party, List<Party> others);

  /**
   * The customer hears music: while waiting for an agent ({@code on} with no agent in the call) or
   * on hold; off when an agent takes or resumes the call. Peer to peer: nothing to do here (the
   * widget plays the music).
   */
  void music(ContactId call, boolean on);

  /** Whether music reaches the customer through the media ({@code true} in Kurento mode). */
  boolean musicFromServer();

  /**
   * Whether recordings are made by the media server ({@code true} in Kurento mode); peer to peer,
   * the agent's browser records and uploads, and the recording methods below do nothing.
   */
  boolean recordsOnServer();

  /**
   * Starts recording the call: the whole call mixed into {@link RecordingPlan#compositeFile()} and
   * each party present now or joining later into its {@link RecordingPlan#partyFile(String)}, at
   * the same time, until {@link #stopRecording}. A supervisor who only listens or whispers is not
   * recorded; a waiting or held customer's music is in no file. A party recorded again after its
   * recorder stopped (it left and came back, a supervisor barges again) gets its next file ({@link
   * RecordingPlan#partyFile(String, int)}). Starting a call that records already does nothing; a
   * call nobody joined yet starts recording at its first join.
   *
   * @throws MediaUnavailableException when the media server refuses to record (the call goes on)
   */
  void startRecording(ContactId call, RecordingPlan plan);

  /** Pauses ({@code true}) or resumes every recorder of the call; the paused part is not stored. */
  void pauseRecording(ContactId call, boolean paused);

  /**
   * Stops and releases the call's recorders (also done by {@link #close}, by a media failure and by
   * {@link #shutdown}); once their files are complete the listener hears {@link
   * MediaListener#recorded}. A party that leaves stops only its own recorder (reported with the
   * others at the end). Stopping a call that does not record does nothing.
   */
  void stopRecording(ContactId call);

  /**
   * A supervisor starts monitoring the call, in which {@code others} are (the customer first).
   * Answers the peers the supervisor's browser connects to: the media server in Kurento mode, the
   * agent's browser peer to peer (it feeds the supervisor and mixes in their voice as the mode
   * says).
   */
  List<Peer> monitor(ContactId call, Party supervisor, MonitorMode mode, List<Party> others);

  /** A monitoring supervisor changes mode (listen, whisper, barge) without connecting anew. */
  void monitorMode(ContactId call, String supervisor, MonitorMode mode, List<Party> others);

  /** The call is over: release all it holds. Closing an unknown call does nothing. */
  void close(ContactId call);

  /** Parley stops: release every call's media. */
  void shutdown();
}
