package dev.parley.recording.internal.webm;

import static dev.parley.recording.internal.webm.SeekableAssertions.assertSeekable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Recordings cut short, as when the agent's tab closes in the middle of an upload. */
class TruncatedWebmTest {

  @TempDir Path directory;

  private final SeekableWebm webm = new SeekableWebm();

  /**
   * Cuts every sample at many offsets — densely through the headers and the last bytes, every 601
   * bytes between — and checks each copy keeps exactly the blocks that end before the cut.
   */
  @ParameterizedTest
  @EnumSource(WebmSample.class)
  void aFileCutAnywhereKeepsEveryCompleteBlockAndReportsTheRest(WebmSample sample)
      throws IOException {
    byte[] whole = sample.bytes();
    WebmStructure full = WebmStructure.parse(whole);
    long fullDuration = webm.probe(sample.copyTo(directory)).durationMillis();
    int[] cuts =
        IntStream.concat(
                IntStream.concat(
                    IntStream.range(1, 400).filter(i -> i % 11 == 0),
                    IntStream.range(400, whole.length).filter(i -> i % 601 == 0)),
                IntStream.range(whole.length - 24, whole.length))
            .toArray();
    for (int cut : cuts) {
      Path in = Files.write(directory.resolve("cut.webm"), Arrays.copyOf(whole, cut));
      Path out = directory.resolve("out-" + cut + ".webm");
      List<WebmStructure.Block> kept =
          full.blocks.stream().filter(block -> block.end() <= cut).toList();
      if (kept.isEmpty()) {
        assertThatThrownBy(() -> webm.rewrite(in, out))
            .as("cut at %d", cut)
            .isInstanceOf(MalformedWebmException.class);
        assertThat(out).doesNotExist();
        continue;
      }

      WebmSummary written = webm.rewrite(in, out);

      assertThat(assertSeekable(out).blocks).as("cut at %d", cut).hasSameSizeAs(kept);
      assertThat(hashes(SeekableAssertions.read(out).blocks)).isEqualTo(hashes(kept));
      int tail = cut - full.completeEnds.floor(cut);
      assertThat(written.droppedBytes()).as("cut at %d", cut).isEqualTo(tail);
      if (tail > 0) {
        assertThat(written.truncated()).as("cut at %d", cut).isTrue();
      }
      assertThat(written.durationMillis()).isLessThanOrEqualTo(fullDuration);
    }
  }

  @Test
  void aCutBeforeTheTracksEndIsRefusedForWantOfTracks() throws IOException {
    byte[] whole = WebmSample.CHROMIUM_VP8_OPUS.bytes();
    Path in = Files.write(directory.resolve("cut.webm"), Arrays.copyOf(whole, 150));

    assertThatThrownBy(() -> webm.rewrite(in, directory.resolve("out.webm")))
        .isInstanceOf(MalformedWebmException.class)
        .hasMessage("no Tracks element before the file is cut off at byte 78");
  }

  @Test
  void aCutInsideTheFirstBlockIsRefusedForWantOfACompleteCluster() throws IOException {
    // Chromium's first Cluster starts at byte 188; its first block, a video keyframe, at 203
    byte[] whole = WebmSample.CHROMIUM_VP8_OPUS.bytes();
    Path in = Files.write(directory.resolve("cut.webm"), Arrays.copyOf(whole, 600));

    assertThatThrownBy(() -> webm.rewrite(in, directory.resolve("out.webm")))
        .isInstanceOf(MalformedWebmException.class)
        .hasMessageStartingWith("no complete Cluster with a block");
  }

  @Test
  void reportsTheIncompleteTailItDropped() throws IOException {
    byte[] whole = WebmSample.CHROMIUM_OPUS.bytes();
    WebmStructure full = WebmStructure.parse(whole);
    WebmStructure.Block last = full.blocks.get(full.blocks.size() - 1);
    Path in = Files.write(directory.resolve("cut.webm"), Arrays.copyOf(whole, last.end() - 5));

    WebmSummary written = webm.rewrite(in, directory.resolve("out.webm"));

    assertThat(written.truncated()).isTrue();
    assertThat(written.droppedBytes()).isEqualTo(last.end() - 5 - last.position());
    assertThat(written.durationMillis()).isEqualTo(webm.probe(in).durationMillis());
    // the last 60 ms Opus packet is gone
    assertThat(written.durationMillis()).isEqualTo(3900);
  }

  private static List<Integer> hashes(List<WebmStructure.Block> blocks) {
    return blocks.stream().map(WebmStructure.Block::hash).toList();
  }
}
