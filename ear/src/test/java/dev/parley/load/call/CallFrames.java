package dev.parley.load.call;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * The frames of docs/call-protocol.md as the run sends them, and the send times they carry: each
 * SDP has a line {@code a=x-parley-sent:<System.nanoTime()>} and each ICE candidate ends with
 * {@code x-sent <nanos>}, so the receiving socket of the same process measures the relay through
 * the server. The server relays both untouched.
 */
final class CallFrames {
  /**
   * Looked up once: {@code Json.createReader} finds the provider through ServiceLoader per call.
   */
  static final JsonProvider JSON = JsonProvider.provider();

  private static final String SDP_STAMP = "a=x-parley-sent:";
  private static final String ICE_STAMP = " x-sent ";

  private CallFrames() {}

  static JsonObject parse(String text) {
    try (var reader = JSON.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  static String hello() {
    return "{\"type\":\"hello\",\"token\":null,\"lastSeq\":0}";
  }

  static String startVoice(String name) {
    return JSON.createObjectBuilder()
        .add("type", "start")
        .add("name", name)
        .add("channel", "VOICE")
        .build()
        .toString();
  }

  /** {@code callJoin}, audio only; the visitor's names no conversation (it is their open call). */
  static String join(String conversation) {
    var b = JSON.createObjectBuilder().add("type", "callJoin").add("video", false);
    return (conversation == null ? b : b.add("conversationId", conversation)).build().toString();
  }

  static String ping(long seq) {
    return "{\"type\":\"ping\",\"seq\":" + seq + "}";
  }

  /**
   * A {@code callSdp} for {@code peer} whose SDP is {@code bytes} long and carries its send time.
   */
  static String sdp(String conversation, String peer, String type, int bytes, long sentNanos) {
    return JSON.createObjectBuilder()
        .add("type", "callSdp")
        .add("conversationId", conversation)
        .add("peer", peer)
        .add(
            "description",
            JSON.createObjectBuilder().add("type", type).add("sdp", sdpText(bytes, sentNanos)))
        .build()
        .toString();
  }

  /**
   * A {@code callIce} with the host candidate number {@code n} carrying its send time; {@code n <
   * 0} is the end of candidates (an empty candidate, no time).
   */
  static String ice(String conversation, String peer, int n, long sentNanos) {
    String candidate =
        n < 0
            ? ""
            : "candidate:%d 1 udp 2122260223 127.0.0.1 %d typ host generation 0 ufrag lOaD network-id 1%s%d"
                .formatted(n + 1, 50000 + n, ICE_STAMP, sentNanos);
    return JSON.createObjectBuilder()
        .add("type", "callIce")
        .add("conversationId", conversation)
        .add("peer", peer)
        .add(
            "candidate",
            JSON.createObjectBuilder()
                .add("candidate", candidate)
                .add("sdpMid", "0")
                .add("sdpMLineIndex", 0))
        .build()
        .toString();
  }

  /** An SDP shaped like a browser's audio offer, padded with attributes to {@code bytes}. */
  static String sdpText(int bytes, long sentNanos) {
    StringBuilder b =
        new StringBuilder(bytes + 64)
            .append("v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n")
            .append("a=group:BUNDLE 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126\r\n")
            .append("c=IN IP4 0.0.0.0\r\na=rtcp:9 IN IP4 0.0.0.0\r\na=ice-ufrag:lOaD\r\n")
            .append(SDP_STAMP)
            .append(sentNanos)
            .append("\r\n");
    for (int i = 0; b.length() < bytes; i++) {
      b.append("a=x-parley-padding:").append(i).append(" rtpmap:111 opus/48000/2\r\n");
    }
    return b.toString();
  }

  /** The send time an SDP carries; {@code Long.MIN_VALUE} when it has none. */
  static long sdpSentNanos(String sdp) {
    int at = sdp == null ? -1 : sdp.indexOf(SDP_STAMP);
    if (at < 0) {
      return Long.MIN_VALUE;
    }
    int from = at + SDP_STAMP.length();
    int to = sdp.indexOf('\r', from);
    return number(sdp.substring(from, to < 0 ? sdp.length() : to));
  }

  /**
   * The send time an ICE candidate carries; {@code Long.MIN_VALUE} for none (end of candidates).
   */
  static long iceSentNanos(String candidate) {
    int at = candidate == null ? -1 : candidate.lastIndexOf(ICE_STAMP);
    return at < 0 ? Long.MIN_VALUE : number(candidate.substring(at + ICE_STAMP.length()));
  }

  private static long number(String s) {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return Long.MIN_VALUE;
    }
  }
}
