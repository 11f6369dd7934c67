package dev.parley.web.visitor.ws;

import dev.parley.call.CallEvent;
import dev.parley.call.CallSignal;
import dev.parley.web.platform.call.CallWire;

/** A {@link CallEvent} as the frame the widget gets (docs/call-protocol.md). */
final class VisitorCallFrames {

  private VisitorCallFrames() {}

  static VisitorServerMessage of(CallEvent event) {
    String id = event.call().value();
    if (event instanceof CallEvent.PeerJoined j) {
      return new VisitorServerMessage.CallPeerJoined(id, CallWire.PeerView.of(j.peer()));
    }
    if (event instanceof CallEvent.PeerLeft l) {
      return new VisitorServerMessage.CallPeerLeft(id, l.peer());
    }
    if (event instanceof CallEvent.Hold h) {
      return new VisitorServerMessage.CallHold(id, h.on(), h.musicFromServer());
    }
    if (event instanceof CallEvent.Ring r) {
      return new VisitorServerMessage.CallRing(id, r.agentName());
    }
    if (event instanceof CallEvent.Failed f) {
      return new VisitorServerMessage.CallFailed(id, f.code(), f.message());
    }
    CallEvent.Signal s = (CallEvent.Signal) event;
    if (s.signal() instanceof CallSignal.Description d) {
      return new VisitorServerMessage.CallSdp(id, s.from(), CallWire.description(d));
    }
    if (s.signal() instanceof CallSignal.Candidate c) {
      return new VisitorServerMessage.CallIce(id, s.from(), CallWire.candidate(c));
    }
    return new VisitorServerMessage.CallRestartIce(id, s.from());
  }
}
