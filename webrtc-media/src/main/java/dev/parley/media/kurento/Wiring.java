package dev.parley.media.kurento;

import dev.parley.media.kurento.Topology.Link;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.kurento.client.MediaElement;
import org.kurento.client.MediaType;

/**
 * The connections in place in one pipeline, changed by difference: links that stay are not touched,
 * so the media of parties not concerned by a change never blinks. Links that go are disconnected
 * before new ones are made (a KMS sink has a single source per media type).
 *
 * <p>Invariant: {@link #current} is what KMS has, as far as requests succeeded; it keeps the
 * elements of each link so that a link can be undone after its element left the call's state. Not
 * thread-safe: used under the call's lock.
 */
final class Wiring {

  private record Connected(MediaElement source, MediaElement sink) {}

  private final Map<Link, Connected> current = new LinkedHashMap<>();

  /** Makes {@code wanted} the links in place; {@code elements} has every element they name. */
  void apply(Set<Link> wanted, Map<String, MediaElement> elements) {
    for (Iterator<Map.Entry<Link, Connected>> it = current.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Link, Connected> link = it.next();
      if (!wanted.contains(link.getKey())) {
        MediaType type = type(link.getKey());
        if (type == null) {
          link.getValue().source().disconnect(link.getValue().sink());
        } else {
          link.getValue().source().disconnect(link.getValue().sink(), type);
        }
        it.remove();
      }
    }
    for (Link link : wanted) {
      if (!current.containsKey(link)) {
        MediaElement source = elements.get(link.source());
        MediaElement sink = elements.get(link.sink());
        MediaType type = type(link);
        if (type == null) {
          source.connect(sink);
        } else {
          source.connect(sink, type);
        }
        current.put(link, new Connected(source, sink));
      }
    }
  }

  /**
   * Elements released outside the wiring (a stopped recorder): KMS dropped their connections with
   * them, so there is nothing to disconnect.
   */
  void forget(Set<String> released) {
    current
        .keySet()
        .removeIf(link -> released.contains(link.source()) || released.contains(link.sink()));
  }

  Set<Link> current() {
    return Set.copyOf(current.keySet());
  }

  /** The Kurento media type of a link; null for all of them (audio, video and data). */
  private static MediaType type(Link link) {
    return switch (link.media()) {
      case AUDIO -> MediaType.AUDIO;
      case VIDEO -> MediaType.VIDEO;
      case ALL -> null;
    };
  }
}
