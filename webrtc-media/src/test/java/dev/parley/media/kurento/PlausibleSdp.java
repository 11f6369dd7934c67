package dev.parley.media.kurento;

import java.util.ArrayList;
import java.util.List;

/**
 * SDP for tests: a browser-like offer and the kind of answer KMS gives to it (one media section per
 * offered one, same mids, BUNDLE, DTLS active). Only its shape matters: nobody decodes media.
 */
public final class PlausibleSdp {

  private PlausibleSdp() {}

  public static String offer(boolean video) {
    List<String> lines = new ArrayList<>();
    lines.add("v=0");
    lines.add("o=- 4611731400430051336 2 IN IP4 127.0.0.1");
    lines.add("s=-");
    lines.add("t=0 0");
    lines.add(video ? "a=group:BUNDLE 0 1" : "a=group:BUNDLE 0");
    lines.add("a=msid-semantic: WMS parley");
    lines.add("m=audio 9 UDP/TLS/RTP/SAVPF 111");
    lines.add("c=IN IP4 0.0.0.0");
    lines.add("a=rtcp:9 IN IP4 0.0.0.0");
    transport(lines);
    lines.add("a=mid:0");
    lines.add("a=sendrecv");
    lines.add("a=rtcp-mux");
    lines.add("a=rtpmap:111 opus/48000/2");
    lines.add("a=fmtp:111 minptime=10;useinbandfec=1");
    lines.add("a=ssrc:1001 cname:parley");
    if (video) {
      lines.add("m=video 9 UDP/TLS/RTP/SAVPF 96");
      lines.add("c=IN IP4 0.0.0.0");
      lines.add("a=rtcp:9 IN IP4 0.0.0.0");
      transport(lines);
      lines.add("a=mid:1");
      lines.add("a=sendrecv");
      lines.add("a=rtcp-mux");
      lines.add("a=rtpmap:96 VP8/90000");
      lines.add("a=rtcp-fb:96 nack pli");
      lines.add("a=ssrc:2002 cname:parley");
    }
    return String.join("\r\n", lines) + "\r\n";
  }

  /** What a browser puts in each media section for ICE and DTLS (values made up, well-formed). */
  private static void transport(List<String> lines) {
    lines.add("a=ice-ufrag:Prly");
    lines.add("a=ice-pwd:parleyprotocoldoubleicepwd0");
    lines.add("a=ice-options:trickle");
    lines.add(
        "a=fingerprint:sha-256 "
            + "3C:4A:0E:6F:1B:2D:9A:71:5E:88:C4:0D:7B:26:E9:F3:"
            + "10:AB:5C:62:D8:47:93:0E:FA:21:6C:B8:4D:E7:05:99");
    lines.add("a=setup:actpass");
  }

  static String answerTo(String offer) {
    List<String> lines = new ArrayList<>();
    lines.add("v=0");
    lines.add("o=- 3934537012 3934537012 IN IP4 0.0.0.0");
    lines.add("s=Kurento Media Server");
    lines.add("c=IN IP4 0.0.0.0");
    lines.add("t=0 0");
    List<String> mids = new ArrayList<>();
    List<String> sections = new ArrayList<>();
    for (String line : offer.split("\r?\n")) {
      if (line.startsWith("m=")) {
        String[] parts = line.split(" ");
        sections.add(parts[0] + " 9 UDP/TLS/RTP/SAVPF " + parts[3]);
      } else if (line.startsWith("a=mid:")) {
        mids.add(line.substring("a=mid:".length()));
      }
    }
    lines.add("a=group:BUNDLE " + String.join(" ", mids));
    for (int i = 0; i < sections.size(); i++) {
      lines.add(sections.get(i));
      lines.add("a=mid:" + (i < mids.size() ? mids.get(i) : Integer.toString(i)));
      lines.add("a=sendrecv");
      lines.add("a=ice-ufrag:kms" + i);
      lines.add("a=ice-pwd:kurentoprotocoldoublepassword" + i);
      lines.add(
          "a=fingerprint:sha-256 "
              + "8E:21:7C:0B:55:D2:4A:99:13:F0:6E:3B:C7:82:1D:A4:"
              + "5F:60:2E:B9:07:C8:71:DD:34:9A:E2:4B:16:F5:03:8C");
      lines.add("a=setup:active");
    }
    return String.join("\r\n", lines) + "\r\n";
  }
}
