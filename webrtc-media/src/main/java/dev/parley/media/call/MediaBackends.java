package dev.parley.media.call;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the media mode from the configuration: Kurento when {@code parley.kurento.url} ({@code
 * PARLEY_KURENTO_URL}) is set, else peer to peer (the embedded default).
 */
@ApplicationScoped
public class MediaBackends {

  @Inject
  @ConfigProperty(name = "parley.kurento.url")
  Optional<String> kurentoUrl;

  MediaBackend create(MediaListener listener) {
    String url = kurentoUrl.map(String::strip).orElse("");
    if (url.isEmpty()) {
      return new PeerToPeerMedia(listener);
    }
    throw new IllegalStateException(
        "parley.kurento.url (PARLEY_KURENTO_URL) is set to "
            + url
            + " but Kurento mode is not built in yet");
  }
}
