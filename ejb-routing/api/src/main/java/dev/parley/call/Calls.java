package dev.parley.call;

import dev.parley.routing.api.id.ContactId;
import jakarta.validation.constraints.NotNull;

/**
 * The media side of calls (docs/call-protocol.md). {@code call} is the customer's call contact (its
 * conversation id; an expert joins with the customer's contact, not its consult segment). Callers
 * have checked that the party may act on the call (the visitor owns it, the agent takes part);
 * peer-to-peer and Kurento differ only behind this interface. Messages for other parties leave as
 * {@link CallEvent}s.
 */
public interface Calls {

  /**
   * The party's browser is ready for media (devices opened): it is added to the call (again, after
   * a reconnect) and told whom to connect to; the others are told about it.
   */
  CallSetup join(@NotNull ContactId call, @NotNull Party party, boolean video);

  /** Passes a signaling message from {@code from} to {@code peer} (a party or the media server). */
  void signal(
      @NotNull ContactId call,
      @NotNull Party from,
      @NotNull String peer,
      @NotNull CallSignal signal);

  /** The party leaves the call's media (hang-up, an expert leaving); the call goes on. */
  void leave(@NotNull ContactId call, @NotNull String party);

  /** The party's browser is gone; it leaves unless it joins again within the grace period. */
  void lost(@NotNull ContactId call, @NotNull String party);

  /** The agent puts the call on hold (the customer hears music) or takes it off. */
  void hold(@NotNull ContactId call, boolean on);

  /**
   * Virtual hold: the waiting customer leaves the call but keeps their place; when an agent is
   * offered it, their open pages ring ({@link CallEvent.Ring}) for the queue's virtual hold time,
   * and a call not answered by then ends as abandoned. Refused (NOT_ALLOWED) when the queue does
   * not offer it or the call is no longer waiting.
   */
  void keepPlace(@NotNull ContactId call);

  /**
   * A supervisor starts monitoring the live call (ACTIVE, with its agent in the media) in {@code
   * mode}: they hear the call and, as the mode says, the agent or everyone hears them. The customer
   * is never told; the agent's workstation is (a {@link CallEvent.PeerJoined} with the role
   * SUPERVISOR and a {@link CallEvent.Monitor}). Answers whom the supervisor's browser connects to.
   * Refused (NOT_A_CALL, NOT_ALLOWED: not live, or the supervisor is in the call as an agent;
   * NOT_IN_CALL: the agent is not in the media). A second start by the same supervisor replaces
   * their place. Audited; leaving is {@link #leave} with {@link Party#supervisorId}.
   */
  CallSetup monitor(
      @NotNull ContactId call,
      @NotNull String supervisor,
      String displayName,
      @NotNull MonitorMode mode);

  /** A monitoring supervisor changes mode without connecting anew (audited). */
  void monitorMode(@NotNull ContactId call, @NotNull String supervisor, @NotNull MonitorMode mode);

  /** The call is over: every party is told and its media released. */
  void end(@NotNull ContactId call);

  /**
   * Whether recordings are made on the media server (Kurento mode); peer to peer the agent's
   * browser records (docs/recordings.md).
   */
  boolean recordsOnServer();

  /**
   * The media server records the call from now on (the whole call and each party), for {@code
   * agent}; a call that records already goes on as it is. Refused (NOT_ALLOWED) peer to peer, where
   * the agent's browser records, and (NOT_IN_CALL) when the call has no media.
   */
  void record(@NotNull ContactId call, @NotNull String agent);

  /** Pauses or resumes the media server's recorders of the call (nothing when there are none). */
  void pauseRecording(@NotNull ContactId call, boolean paused);

  /** Whether {@code call} has media now and who is in it. */
  boolean active(@NotNull ContactId call);

  MediaStatus status();

  /** ICE servers with credentials for {@code user} (valid for the configured lifetime). */
  java.util.List<IceServer> iceServers(@NotNull String user);
}
