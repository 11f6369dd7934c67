package dev.parley.call;

import java.util.List;

/**
 * A STUN or TURN server for {@code RTCPeerConnection}'s {@code iceServers}. TURN credentials are
 * short-lived (coturn's {@code use-auth-secret}: username {@code <expiry>:<user>}, credential the
 * base64 HMAC-SHA1 of the username under the shared secret); STUN entries have none.
 */
public record IceServer(List<String> urls, String username, String credential) {}
