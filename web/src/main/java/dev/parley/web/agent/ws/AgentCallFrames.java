package dev.parley.web.agent.ws;

import dev.parley.call.CallEvent;
import dev.parley.call.CallSignal;
import dev.parley.web.platform.call.CallWire;

/** A {@link CallEvent} as the frame a workstation gets (docs/call-protocol.md). */
final class AgentCallFrames {

  private AgentCallFrames() {}

  static AgentServerMessage of(CallEvent event) {
    String id = event.call().value();
    if (event instanceof CallEvent.PeerJoined j) {
      return new AgentServerMessage.CallPeerJoined(id, CallWire.PeerView.of(j.peer()));
    }
    if (event instanceof CallEvent.PeerLeft l) {
      return new AgentServerMessage.CallPeerLeft(id, l.peer());
    }
    if (event instanceof CallEvent.Hold h) {
      return new AgentServerMessage.CallHold(id, h.on(), h.musicFromServer());
    }
    if (event instanceof CallEvent.Ring r) {
      return new AgentServerMessage.CallRing(id, r.agentName());
    }
    if (event instanceof CallEvent.Failed f) {
      return new AgentServerMessage.CallFailed(id, f.code(), f.message());
    }
    CallEvent.Signal s = (CallEvent.Signal) event;
    if (s.signal() instanceof CallSignal.Description d) {
      return new AgentServerMessage.CallSdp(id, s.from(), CallWire.description(d));
    }
    if (s.signal() instanceof CallSignal.Candidate c) {
      return new AgentServerMessage.CallIce(id, s.from(), CallWire.candidate(c));
    }
    return new AgentServerMessage.CallRestartIce(id, s.from());
  }
}
