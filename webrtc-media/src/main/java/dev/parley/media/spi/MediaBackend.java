package dev.parley.media.spi;

import dev.parley.call.CallSignal;
import dev.parley.call.MediaMode;
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

  /** The call is over: release all it holds. Closing an unknown call does nothing. */
  void close(ContactId call);

  /** Parley stops: release every call's media. */
  void shutdown();
}
