package dev.parley.media.kurento;

import java.util.ArrayList;
import java.util.List;

/**
 * SDP for tests: a browser-like offer and the kind of answer KMS gives to it (one media section per
 * offered one, same mids, BUNDLE, DTLS active). Only its shape matters: nobody decodes media.
 */
final class PlausibleSdp {

  private PlausibleSdp() {}

  static String offer(boolean video) {
    List<String> lines = new ArrayList<>();
    lines.add("v=0");
    lines.add("o=- 4611731400430051336 2 IN IP4 127.0.0.1");
    lines.add("s=-");
    lines.add("t=0 0");
    lines.add(video ? "a=group:BUNDLE 0 1" : "a=group:BUNDLE 0");
    lines.add("m=audio 9 UDP/TLS/RTP/SAVPF 111");
    lines.add("c=IN IP4 0.0.0.0");
    lines.add("a=mid:0");
    lines.add("a=sendrecv");
    lines.add("a=rtpmap:111 opus/48000/2");
    if (video) {
      lines.add("m=video 9 UDP/TLS/RTP/SAVPF 96");
      lines.add("c=IN IP4 0.0.0.0");
      lines.add("a=mid:1");
      lines.add("a=sendrecv");
      lines.add("a=rtpmap:96 VP8/90000");
    }
    return String.join("\r\n", lines) + "\r\n";
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
      lines.add("a=setup:active");
    }
    return String.join("\r\n", lines) + "\r\n";
  }
}
