package dev.parley.web.platform.call;

import dev.parley.call.CallSignal;
import dev.parley.call.IceServer;
import dev.parley.call.Peer;
import java.util.List;

/** The JSON shapes inside call frames, shared by the visitor and the agent sockets. */
public final class CallWire {

  private CallWire() {}

  public record PeerView(String id, String role, String name, boolean offer) {
    public static PeerView of(Peer p) {
      return new PeerView(p.id(), p.role().name(), p.name(), p.offer());
    }
  }

  public record Description(String type, String sdp) {}

  public record Candidate(String candidate, String sdpMid, Integer sdpMLineIndex) {}

  public record IceServerView(List<String> urls, String username, String credential) {
    public static IceServerView of(IceServer s) {
      return new IceServerView(s.urls(), s.username(), s.credential());
    }
  }

  /** A client's description, checked: offer or answer, an SDP of sane size. */
  public static CallSignal.Description description(Description d) {
    if (d == null || d.sdp() == null || d.sdp().isBlank()) {
      throw new IllegalArgumentException("description.sdp is required");
    }
    if (!"offer".equals(d.type()) && !"answer".equals(d.type())) {
      throw new IllegalArgumentException("description.type must be offer or answer");
    }
    return new CallSignal.Description(d.type(), d.sdp());
  }

  public static CallSignal.Candidate candidate(Candidate c) {
    if (c == null) {
      return new CallSignal.Candidate("", null, null);
    }
    if (c.candidate() != null && c.candidate().length() > 1024) {
      throw new IllegalArgumentException("candidate too long");
    }
    return new CallSignal.Candidate(
        c.candidate() == null ? "" : c.candidate(), c.sdpMid(), c.sdpMLineIndex());
  }

  public static Description description(CallSignal.Description d) {
    return new Description(d.type(), d.sdp());
  }

  public static Candidate candidate(CallSignal.Candidate c) {
    return new Candidate(c.candidate(), c.sdpMid(), c.sdpMLineIndex());
  }
}
