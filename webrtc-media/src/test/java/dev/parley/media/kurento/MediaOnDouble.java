package dev.parley.media.kurento;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.UnaryOperator;

/**
 * A {@link KurentoMedia} connected to a fresh {@link KurentoProtocolDouble}, with the lookups the
 * recording and monitoring tests share. Closing it shuts the media down and stops the double.
 */
final class MediaOnDouble implements AutoCloseable {

  static final Duration BOUND = Duration.ofSeconds(5);

  final KurentoProtocolDouble kurento = KurentoProtocolDouble.started();
  final RecordingListener listener = new RecordingListener();
  final KurentoMedia media;
  private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2);

  MediaOnDouble() {
    this(UnaryOperator.identity());
  }

  MediaOnDouble(UnaryOperator<KurentoSettings> settings) {
    KurentoSettings defaults =
        KurentoSettings.of(
                kurento.url(),
                URI.create("http://127.0.0.1:8080/media/greeting.ogg"),
                URI.create("http://127.0.0.1:8080/media/hold.ogg"))
            .withRetryInterval(Duration.ofMillis(100));
    media = new KurentoMedia(settings.apply(defaults), listener, executor);
    await().atMost(BOUND).until(media::available);
  }

  /** The endpoints that exist now, in the order they were made. */
  String endpoint(int index) {
    return kurento.live("WebRtcEndpoint").get(index);
  }

  /** The recorder made for {@code file} (its URI ends with it), released or not. */
  String recorder(String file) {
    List<String> found =
        kurento.made("RecorderEndpoint").stream()
            .filter(r -> kurento.constructorParam(r, "uri").endsWith("/" + file))
            .toList();
    if (found.size() != 1) {
      throw new AssertionError("expected one recorder for " + file + ", found " + found);
    }
    return found.get(0);
  }

  String uriOf(String recorder) {
    return kurento.constructorParam(recorder, "uri");
  }

  @Override
  public void close() {
    media.shutdown();
    kurento.close();
    executor.shutdownNow();
  }
}
