package dev.parley.media.kurento;

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
 * @param requestTimeout for one request to KMS
 */
public record KurentoSettings(
    URI url,
    URI greeting,
    URI holdMusic,
    Duration retryInterval,
    Duration connectTimeout,
    Duration requestTimeout) {

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
        Duration.ofSeconds(10));
  }

  public KurentoSettings withRetryInterval(Duration retryInterval) {
    return new KurentoSettings(
        url, greeting, holdMusic, retryInterval, connectTimeout, requestTimeout);
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
