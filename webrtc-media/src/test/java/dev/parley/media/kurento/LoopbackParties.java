package dev.parley.media.kurento;

import static org.awaitility.Awaitility.await;

import dev.parley.call.CallSignal.Candidate;
import dev.parley.call.CallSignal.Description;
import dev.parley.call.Party;
import dev.parley.routing.api.id.ContactId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.kurento.client.KurentoClient;
import org.kurento.client.RecorderEndpoint;

/**
 * The parties of one call on a real KMS, for {@link RealKurentoIT}: a {@link LoopbackBrowser} per
 * party, each sending a tone of its own, signaling with {@link KurentoMedia} as a browser would;
 * and a directory KMS reads and writes at the same path, for the recordings ({@link #dir()}) and
 * for what the parties hear ({@link #hear}). Closing releases the browsers and deletes the
 * directory (what the files held is in the test's output).
 */
final class LoopbackParties implements AutoCloseable {

  static final int CUSTOMER_HZ = 440;
  static final int AGENT_HZ = 660;
  static final int EXPERT_HZ = 880;
  static final int SUPERVISOR_HZ = 1000;
  static final int[] ALL_HZ = {CUSTOMER_HZ, AGENT_HZ, EXPERT_HZ, SUPERVISOR_HZ};
  static final Duration BOUND = Duration.ofSeconds(15);

  private static Path tones;

  private final KurentoMedia media;
  private final ContactId call;
  private final RecordingListener listener;
  private final KurentoClient client;
  private final Path dir;
  private final Map<String, LoopbackBrowser> browsers = new ConcurrentHashMap<>();

  /** Browsers in the {@code call} of {@code media}, whose listener is {@code listener}. */
  LoopbackParties(String url, KurentoMedia media, ContactId call, RecordingListener listener) {
    this.media = media;
    this.call = call;
    this.listener = listener;
    this.dir = shared("parley-kms-it-");
    this.client = KurentoClient.create(url);
    listener.forward =
        sent -> {
          LoopbackBrowser browser = browsers.get(sent.to());
          if (browser == null || !sent.call().equals(call)) {
            return;
          }
          if (sent.signal() instanceof Description d) {
            browser.answer(d.sdp());
          } else if (sent.signal() instanceof Candidate c) {
            browser.addCandidate(c);
          }
        };
  }

  /** The test's directory, which KMS reads and writes at the same path. */
  Path dir() {
    return dir;
  }

  /** {@code party}'s browser, sending the {@code hz} tone, offers to the call and connects. */
  void connect(Party party, int hz) {
    LoopbackBrowser browser =
        new LoopbackBrowser(
            client,
            tone(hz).toUri(),
            candidate -> media.signal(call, party, Party.MEDIA_SERVER_ID, candidate));
    browsers.put(party.id(), browser);
    media.signal(call, party, Party.MEDIA_SERVER_ID, new Description("offer", browser.offer()));
    await().atMost(BOUND).until(browser::sending);
  }

  /** The call goes on for {@code time}: nothing fails and every browser keeps sending. */
  void keepTalking(Duration time) {
    await()
        .during(time)
        .atMost(time.plus(BOUND))
        .until(
            () ->
                listener.failures.isEmpty()
                    && browsers.values().stream().allMatch(LoopbackBrowser::sending));
  }

  /** Records for {@code time} what each party hears; answers the files by party id. */
  Map<String, Path> hear(String stretch, Duration time) {
    Map<String, Path> files = new LinkedHashMap<>();
    Map<String, RecorderEndpoint> recorders = new LinkedHashMap<>();
    browsers.forEach(
        (party, browser) -> {
          Path file = dir.resolve(stretch + "-" + party.replace(':', '_') + ".webm");
          files.put(party, file);
          recorders.put(party, browser.hear(file.toUri()));
        });
    keepTalking(time);
    recorders.values().forEach(RecorderEndpoint::stopAndWait);
    recorders.values().forEach(RecorderEndpoint::release);
    return files;
  }

  /** Releases the browsers' pipelines. */
  void hangUp() {
    browsers.values().forEach(LoopbackBrowser::close);
    browsers.clear();
  }

  @Override
  public void close() {
    hangUp();
    client.destroy();
    delete(dir);
  }

  /** The tone files, made once per run (ffmpeg takes a while) and deleted when the JVM exits. */
  private static synchronized Path tone(int hz) {
    if (tones == null) {
      tones = shared("parley-kms-tones-");
      tones.toFile().deleteOnExit();
      for (int each : ALL_HZ) {
        Path file = tones.resolve(each + ".webm");
        MediaFiles.tone(file, each, 40, true); // longer than any test's call
        file.toFile().deleteOnExit();
      }
    }
    return tones.resolve(hz + ".webm");
  }

  /**
   * A new directory under {@code PARLEY_KURENTO_TEST_DIR} (default: the temporary directory) that
   * KMS may write even when it runs as another user.
   */
  private static Path shared(String prefix) {
    String base = System.getenv("PARLEY_KURENTO_TEST_DIR");
    try {
      Path made =
          Files.createTempDirectory(
              Path.of(base == null || base.isBlank() ? System.getProperty("java.io.tmpdir") : base),
              prefix);
      Files.setPosixFilePermissions(made, PosixFilePermissions.fromString("rwxrwxrwx"));
      return made;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
