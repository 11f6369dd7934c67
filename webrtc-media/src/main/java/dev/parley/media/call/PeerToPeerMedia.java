package dev.parley.media.call;

import dev.parley.call.CallSignal;
import dev.parley.call.MediaMode;
import dev.parley.call.MonitorMode;
import dev.parley.call.Party;
import dev.parley.call.Peer;
import dev.parley.media.spi.MediaBackend;
import dev.parley.media.spi.MediaListener;
import dev.parley.media.spi.RecordingPlan;
import dev.parley.routing.api.id.ContactId;
import java.util.List;

/**
 * The embedded default: media flows between the browsers, Parley only relays their signaling. The
 * party that joins last offers to everyone already in the call, so three parties make a mesh of
 * three connections; nothing is held here, so there is nothing to release. The widget plays music
 * on hold itself from Parley's files. The agent's browser records the call and uploads it; a
 * monitoring supervisor connects to the agent's browser only, which feeds them the call and mixes
 * their voice in as the mode says.
 */
final class PeerToPeerMedia implements MediaBackend {

  private final MediaListener listener;

  PeerToPeerMedia(MediaListener listener) {
    this.listener = listener;
  }

  @Override
  public MediaMode mode() {
    return MediaMode.PEER_TO_PEER;
  }

  @Override
  public boolean available() {
    return true;
  }

  @Override
  public String detail() {
    return "peer to peer: media flows between the browsers";
  }

  @Override
  public int pipelines() {
    return 0;
  }

  @Override
  public List<Peer> join(ContactId call, Party party, boolean video, List<Party> others) {
    return others.stream()
        .filter(o -> CallRoom.meet(party, o))
        .map(o -> new Peer(o.id(), o.role(), o.name(), true))
        .toList();
  }

  @Override
  public void signal(ContactId call, Party from, String peer, CallSignal signal) {
    listener.signal(call, peer, from.id(), signal);
  }

  @Override
  public void leave(ContactId call, String party, List<Party> others) {}

  @Override
  public void music(ContactId call, boolean on) {}

  @Override
  public boolean musicFromServer() {
    return false;
  }

  @Override
  public boolean recordsOnServer() {
    return false;
  }

  @Override
  public void startRecording(ContactId call, RecordingPlan plan) {}

  @Override
  public void pauseRecording(ContactId call, boolean paused) {}

  @Override
  public void stopRecording(ContactId call) {}

  @Override
  public List<Peer> monitor(
      ContactId call, Party supervisor, MonitorMode mode, List<Party> others) {
    return join(call, supervisor, false, others);
  }

  @Override
  public void monitorMode(
      ContactId call, String supervisor, MonitorMode mode, List<Party> others) {}

  @Override
  public void close(ContactId call) {}

  @Override
  public void shutdown() {}
}
