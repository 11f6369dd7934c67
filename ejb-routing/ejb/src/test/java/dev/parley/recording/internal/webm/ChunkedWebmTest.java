package dev.parley.recording.internal.webm;

import static dev.parley.recording.internal.webm.SeekableAssertions.assertSeekable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A recording arrives as chunks the server appends in order; it may be rewritten after any of them
 * (the upload stopped there), and the chunk boundaries, wherever they fall, change nothing.
 */
class ChunkedWebmTest {

  /** The sizes of the four blobs MediaRecorder handed over (timeslice 1000 ms) for the sample. */
  private static final int[] CHROMIUM_VP8_OPUS_BLOBS = {7817, 10133, 10751, 10699};

  @TempDir Path directory;

  private final SeekableWebm webm = new SeekableWebm();

  @Test
  void everyUploadSoFarRewritesAndTheWholeUploadRewritesAsTheRecording() throws IOException {
    byte[] recording = WebmSample.CHROMIUM_VP8_OPUS.bytes();
    assertThat(IntStream.of(CHROMIUM_VP8_OPUS_BLOBS).sum()).isEqualTo(recording.length);
    Path upload = Files.createFile(directory.resolve("upload.webm"));
    long previousDuration = 0;
    int offset = 0;
    for (int i = 0; i < CHROMIUM_VP8_OPUS_BLOBS.length; i++) {
      int size = CHROMIUM_VP8_OPUS_BLOBS[i];
      append(upload, Arrays.copyOfRange(recording, offset, offset + size));
      offset += size;
      Path out = directory.resolve("after-" + i + ".webm");

      WebmSummary written = webm.rewrite(upload, out);

      assertSeekable(out);
      assertThat(written.durationMillis()).isGreaterThan(previousDuration);
      // the first three blobs end inside a block; the last one ends the recording
      assertThat(written.truncated()).isEqualTo(i < CHROMIUM_VP8_OPUS_BLOBS.length - 1);
      previousDuration = written.durationMillis();
    }
    Path whole = directory.resolve("whole.webm");
    webm.rewrite(WebmSample.CHROMIUM_VP8_OPUS.copyTo(directory), whole);
    assertThat(directory.resolve("after-3.webm")).hasSameBinaryContentAs(whole);
  }

  @ParameterizedTest
  @EnumSource(WebmSample.class)
  void chunksCutAtArbitraryBytesRewriteAsTheWholeRecording(WebmSample sample) throws IOException {
    byte[] recording = sample.bytes();
    WebmStructure full = WebmStructure.parse(recording);
    int[] cuts = new Random(sample.ordinal()).ints(6, 1, recording.length).sorted().toArray();
    Path upload = Files.createFile(directory.resolve("upload.webm"));
    Path out = directory.resolve("out.webm");
    int offset = 0;
    for (int cut : cuts) {
      append(upload, Arrays.copyOfRange(recording, offset, cut));
      offset = cut;
      int uploaded = cut;
      if (full.blocks.stream().anyMatch(block -> block.end() <= uploaded)) {
        webm.rewrite(upload, out);
        assertSeekable(out);
      } else {
        assertThatThrownBy(() -> webm.rewrite(upload, out))
            .isInstanceOf(MalformedWebmException.class);
      }
    }
    append(upload, Arrays.copyOfRange(recording, offset, recording.length));

    webm.rewrite(upload, out);

    Path whole = directory.resolve("whole.webm");
    webm.rewrite(sample.copyTo(directory), whole);
    assertThat(out).hasSameBinaryContentAs(whole);
  }

  /** A reader buffer of a few bytes splits every element across refills; the output is the same. */
  @ParameterizedTest
  @EnumSource(WebmSample.class)
  void theReadBufferSizeDoesNotChangeTheOutput(WebmSample sample) throws IOException {
    Path in = sample.copyTo(directory);
    Path small = directory.resolve("small.webm");
    Path usual = directory.resolve("usual.webm");

    WebmSummary fromSmall = new SeekableWebm(7).rewrite(in, small);
    WebmSummary fromUsual = webm.rewrite(in, usual);

    assertThat(small).hasSameBinaryContentAs(usual);
    assertThat(fromSmall).isEqualTo(fromUsual);
  }

  private static void append(Path file, byte[] chunk) throws IOException {
    Files.write(file, chunk, StandardOpenOption.APPEND);
  }
}
