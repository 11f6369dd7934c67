package dev.parley.call;

/** One signaling message between a party and one of its peers. */
public sealed interface CallSignal {

  /** An SDP offer or answer ({@code type}: offer, answer). */
  record Description(String type, String sdp) implements CallSignal {}

  /**
   * A trickled ICE candidate; {@code candidate} null or empty means the sender has gathered all.
   */
  record Candidate(String candidate, String sdpMid, Integer sdpMLineIndex) implements CallSignal {}

  /** The sender asks the peer, the offering side of the pair, to restart ICE. */
  record RestartIce() implements CallSignal {}
}
