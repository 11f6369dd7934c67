package dev.parley.media.call;

import dev.parley.media.kurento.KurentoMedia;
import dev.parley.media.kurento.KurentoSettings;
import dev.parley.media.spi.MediaBackend;
import dev.parley.media.spi.MediaListener;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chooses the media mode from the configuration: Kurento when {@code parley.kurento.url} ({@code
 * PARLEY_KURENTO_URL}) is set, else peer to peer (the embedded default). Kurento fetches the
 * greeting and the hold music from Parley's {@code /media/} at {@code parley.calls.music-base-url}
 * ({@code PARLEY_CALLS_MUSIC_BASE_URL}; default: the public URL's {@code media/}), which must be an
 * address Kurento can reach. Kurento writes recordings into Parley's recordings directory, which it
 * sees at {@code parley.kurento.recordings-uri} ({@code PARLEY_KURENTO_RECORDINGS_URI}, a {@code
 * file:///} URI, for a KMS that mounts the directory elsewhere; default: where Parley sees it). Bad
 * values fail at start-up, naming the setting.
 */
@ApplicationScoped
public class MediaBackends {

  @Inject
  @ConfigProperty(name = "parley.kurento.url")
  Optional<String> kurentoUrl;

  @Inject
  @ConfigProperty(name = "parley.calls.music-base-url")
  Optional<String> musicBase;

  @Inject
  @ConfigProperty(name = "parley.kurento.recordings-uri")
  Optional<String> recordingsUri;

  @Inject
  @ConfigProperty(name = "parley.public.url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  @Resource ManagedScheduledExecutorService scheduler;

  MediaBackend create(MediaListener listener) {
    String url = kurentoUrl.map(String::strip).orElse("");
    if (url.isEmpty()) {
      return new PeerToPeerMedia(listener);
    }
    String base =
        musicBase.map(String::strip).filter(s -> !s.isEmpty()).orElse(publicUrl + "media/");
    URI music;
    try {
      music = URI.create(base.endsWith("/") ? base : base + "/");
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "parley.calls.music-base-url (PARLEY_CALLS_MUSIC_BASE_URL) is not a URL: " + base, e);
    }
    KurentoSettings settings =
        KurentoSettings.of(url, music.resolve("greeting.ogg"), music.resolve("hold.ogg"))
            .withRecordings(recordings());
    return new KurentoMedia(settings, listener, scheduler);
  }

  /** How Kurento sees Parley's recordings directory, or null: where Parley sees it. */
  private URI recordings() {
    String value = recordingsUri.map(String::strip).orElse("");
    if (value.isEmpty()) {
      return null;
    }
    try {
      return URI.create(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "parley.kurento.recordings-uri (PARLEY_KURENTO_RECORDINGS_URI) is not a URI: " + value,
          e);
    }
  }
}
