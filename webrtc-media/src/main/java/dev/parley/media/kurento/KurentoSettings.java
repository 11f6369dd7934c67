package dev.parley.media.kurento;

import dev.parley.media.spi.RecordingPlan;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link KurentoMedia} reaches Kurento Media Server and what it plays. Checked when made: a bad
 * value fails at start-up with a message that names the setting.
 *
 * @param url the KMS WebSocket, e.g. {@code ws://127.0.0.1:8888/kurento} ({@code
 *     PARLEY_KURENTO_URL})
 * @param greeting played once to a waiting customer, then {@code holdMusic}; URIs KMS fetches
 *     (Parley serves {@code /media/greeting.ogg} and {@code /media/hold.ogg})
 * @param retryInterval between connection attempts while Kurento is unreachable
 * @param connectTimeout for one connection attempt
 * @param requestTimeout for one request to KMS (also the bound of stopping a recorder)
 * @param recordings how KMS sees Parley's recordings directory, a {@code file:} URI of a directory
 *     ({@code PARLEY_KURENTO_RECORDINGS_URI}, e.g. {@code file:///var/lib/parley/recordings}), for
 *     a KMS that mounts it elsewhere; null when KMS sees it where Parley does
 */
public record KurentoSettings(
    URI url,
    URI greeting,
    URI holdMusic,
    Duration retryInterval,
    Duration connectTimeout,
    Duration requestTimeout,
    URI recordings) {

  public static final Duration DEFAULT_RETRY_INTERVAL = Duration.ofSeconds(5);

  public KurentoSettings {
    Objects.requireNonNull(url, "PARLEY_KURENTO_URL");
    if (!"ws".equals(url.getScheme()) && !"wss".equals(url.getScheme())) {
      throw new IllegalArgumentException(
          "PARLEY_KURENTO_URL must be a ws:// or wss:// URL, was " + url);
    }
    requireHttp("greeting", greeting);
    requireHttp("hold music", holdMusic);
    requirePositive("Kurento retry interval", retryInterval);
    requirePositive("Kurento connect timeout", connectTimeout);
    requirePositive("Kurento request timeout", requestTimeout);
    if (recordings != null
        && (!"file".equals(recordings.getScheme())
            || recordings.getAuthority() != null
            || recordings.getPath() == null
            || !recordings.getPath().startsWith("/")
            || recordings.getQuery() != null
            || recordings.getFragment() != null)) {
      throw new IllegalArgumentException(
          "PARLEY_KURENTO_RECORDINGS_URI must be a file:///absolute/directory URI as Kurento"
              + " sees Parley's recordings directory, was "
              + recordings);
    }
  }

  /** The given places with the default timings (retry every 5 s, connect 3 s, request 10 s). */
  public static KurentoSettings of(String url, URI greeting, URI holdMusic) {
    URI parsed;
    try {
      parsed = URI.create(Objects.requireNonNull(url, "PARLEY_KURENTO_URL"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("PARLEY_KURENTO_URL is not a URL: " + url, e);
    }
    return new KurentoSettings(
        parsed,
        greeting,
        holdMusic,
        DEFAULT_RETRY_INTERVAL,
        Duration.ofSeconds(3),
        Duration.ofSeconds(10),
        null);
  }

  public KurentoSettings withRetryInterval(Duration retryInterval) {
    return new KurentoSettings(
        url, greeting, holdMusic, retryInterval, connectTimeout, requestTimeout, recordings);
  }

  /** These settings with KMS seeing the recordings directory at {@code recordings} (or null). */
  public KurentoSettings withRecordings(URI recordings) {
    return new KurentoSettings(
        url, greeting, holdMusic, retryInterval, connectTimeout, requestTimeout, recordings);
  }

  /**
   * Where KMS writes {@code file}, a name of {@code plan} relative to its directory: always {@code
   * file:///…} (the three-slash form KMS expects, whichever form was configured).
   */
  URI recordingUri(RecordingPlan plan, String file) {
    String directory = (recordings == null ? plan.directory().toUri() : recordings).getRawPath();
    return URI.create("file://" + (directory.endsWith("/") ? directory : directory + "/") + file);
  }

  private static void requireHttp(String name, URI uri) {
    Objects.requireNonNull(uri, name + " URI");
    String scheme = uri.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme) && !"file".equals(scheme)) {
      throw new IllegalArgumentException(
          "The " + name + " URI must be an http(s) or file URL Kurento can read, was " + uri);
    }
  }

  private static void requirePositive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
