package dev.parley.media.call;

import dev.parley.call.CallSignal;
import dev.parley.call.MediaMode;
import dev.parley.call.Party;
import dev.parley.call.Peer;
import dev.parley.media.spi.MediaBackend;
import dev.parley.media.spi.MediaListener;
import dev.parley.routing.api.id.ContactId;
import java.util.List;

/**
 * The embedded default: media flows between the browsers, Parley only relays their signaling. The
 * party that joins last offers to everyone already in the call, so three parties make a mesh of
 * three connections; nothing is held here, so there is nothing to release. The widget plays music
 * on hold itself from Parley's files.
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
  public void close(ContactId call) {}

  @Override
  public void shutdown() {}
}
