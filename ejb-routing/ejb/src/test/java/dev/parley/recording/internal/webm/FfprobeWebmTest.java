package dev.parley.recording.internal.webm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A second opinion from FFmpeg, where it is installed (skipped elsewhere; nothing else depends on
 * it): ffprobe reads the rewritten file's duration, which it reports as N/A for a live input, and
 * ffmpeg seeks 2 s into it and decodes a frame.
 */
class FfprobeWebmTest {

  private static Path ffprobe;
  private static Path ffmpeg;

  @TempDir Path directory;

  @BeforeAll
  static void findFfmpeg() {
    ffprobe = onPath("ffprobe");
    ffmpeg = onPath("ffmpeg");
  }

  @ParameterizedTest
  @EnumSource(WebmSample.class)
  void ffprobeReadsTheDurationAndFfmpegSeeksInTheRewrittenFile(WebmSample sample)
      throws IOException, InterruptedException {
    assumeTrue(ffprobe != null && ffmpeg != null, "ffprobe and ffmpeg are not installed");
    Path in = sample.copyTo(directory);
    Path out = directory.resolve("out.webm");

    new SeekableWebm().rewrite(in, out);

    String duration = "-show_entries format=duration -of csv=p=0";
    if (sample.live) {
      assertThat(run(ffprobe, "-v error " + duration, in)).isEqualTo("N/A");
    }
    assertThat(Double.parseDouble(run(ffprobe, "-v error " + duration, out)) * 1000)
        .isCloseTo(sample.expectedMillis, within(100.0));
    String frame = sample.hasAudio() ? "-frames:a" : "-frames:v";
    assertThat(run(ffmpeg, "-v error -ss 2 -i", out, frame + " 1 -f null -")).isEmpty();
  }

  /** Runs the tool, fails on a non-zero exit, and answers its trimmed standard output. */
  private String run(Path tool, String arguments, Path file, String... more)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(tool.toString());
    command.addAll(List.of(arguments.split(" ")));
    command.add(file.toString());
    Stream.of(more).flatMap(m -> Stream.of(m.split(" "))).forEach(command::add);
    Path errors = directory.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finishes", command).isTrue();
    assertThat(process.exitValue())
        .as("%s exits 0; stderr: %s", command, Files.readString(errors))
        .isZero();
    return output.trim();
  }

  private static Path onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
