package dev.parley.call;

import dev.parley.routing.api.id.ContactId;

/**
 * CDI events for the sockets: something to tell one party of a call ({@code to}: a {@link Party}
 * id). Fired by the media module outside any transaction; the web module delivers them to the
 * party's sessions (the customer's widget or the agent's workstations).
 */
public sealed interface CallEvent {

  ContactId call();

  String to();

  /** A new peer to connect to (it will offer when {@code peer.offer()} is false for you). */
  record PeerJoined(ContactId call, String to, Peer peer) implements CallEvent {}

  record PeerLeft(ContactId call, String to, String peer) implements CallEvent {}

  /** A signaling message from {@code from} (a party id, or the media server). */
  record Signal(ContactId call, String to, String from, CallSignal signal) implements CallEvent {}

  /** The call was put on hold or taken off it; {@code musicFromServer} as in {@link CallSetup}. */
  record Hold(ContactId call, String to, boolean on, boolean musicFromServer)
      implements CallEvent {}

  /** Virtual hold: an agent is about to take the call; ring the customer back. */
  record Ring(ContactId call, String to, String agentName) implements CallEvent {}

  /**
   * The media failed or could not be set up ({@code code}: MEDIA_UNAVAILABLE, MEDIA_FAILED); the
   * call's contact is kept and marked.
   */
  record Failed(ContactId call, String to, String code, String message) implements CallEvent {}

  /**
   * A supervisor monitors the call in {@code mode}, or no longer does ({@code mode} null): told to
   * the call's agent (whose browser mixes as the mode says, peer to peer) and to the supervisor.
   */
  record Monitor(ContactId call, String to, String supervisor, MonitorMode mode)
      implements CallEvent {}
}
