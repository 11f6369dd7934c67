package dev.parley.it.browser;

import static dev.parley.it.support.DemoAccounts.PASSWORD;
import static dev.parley.it.support.DemoAccounts.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.ApiClient;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/** What browser tests check of a recording through the supervisors' library. */
final class RecordingChecks {

  private static final Path FFPROBE = Path.of("/usr/bin/ffprobe");

  private RecordingChecks() {}

  /** The one recording of {@code agent}'s calls, once READY (as a supervisor lists it). */
  static JsonObject awaitReady(URI base, String agent) {
    ApiClient supervisor = ApiClient.loggedIn(base, SUPERVISOR, PASSWORD);
    return Awaitility.await("the recording of " + agent + "'s call is listed, ready")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                supervisor
                    .get("api/supervisor/recordings?agent=" + agent)
                    .json()
                    .getJsonArray("items"),
            items -> items.size() == 1 && "READY".equals(items.getJsonObject(0).getString("state")))
        .getJsonObject(0);
  }

  /**
   * The codec names of a recording's file (or one party's track) as ffprobe reads them, with its
   * duration; empty where ffprobe is not installed.
   */
  static Optional<String> ffprobeStreams(URI base, String id, String party) {
    if (!Files.isExecutable(FFPROBE)) {
      return Optional.empty();
    }
    ApiClient supervisor = ApiClient.loggedIn(base, SUPERVISOR, PASSWORD);
    ApiClient.BinaryReply file =
        supervisor.getBytes(
            "api/supervisor/recordings/"
                + id
                + "/media"
                + (party == null ? "" : "?party=" + party));
    assertThat(file.status()).isEqualTo(200);
    return Optional.of(
        run(
            file.body(),
            "-show_entries",
            "format=duration:stream=codec_name",
            "-of",
            "default=noprint_wrappers=1"));
  }

  /** The file's duration in seconds as ffprobe reads it, if installed. */
  static Optional<Double> ffprobeDuration(byte[] file) {
    if (!Files.isExecutable(FFPROBE)) {
      return Optional.empty();
    }
    return Optional.of(
        Double.parseDouble(run(file, "-show_entries", "format=duration", "-of", "csv=p=0")));
  }

  private static String run(byte[] file, String... args) {
    try {
      Path temp = Files.createTempFile("parley-recording-", ".webm");
      try {
        Files.write(temp, file);
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(FFPROBE.toString());
        command.add("-v");
        command.add("error");
        command.addAll(java.util.List.of(args));
        command.add(temp.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
