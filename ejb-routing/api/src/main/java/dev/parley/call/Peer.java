package dev.parley.call;

/**
 * A party's counterpart in signaling: another browser (peer to peer) or the media server (Kurento
 * mode, id {@value Party#MEDIA_SERVER_ID}). {@code offer}: the party told about this peer creates
 * the SDP offer towards it; otherwise it waits for the peer's offer.
 */
public record Peer(String id, PartyRole role, String name, boolean offer) {}
