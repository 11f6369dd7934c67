package dev.parley.recording.internal.webm;

import static dev.parley.recording.internal.webm.SeekableAssertions.assertSeekable;
import static dev.parley.recording.internal.webm.SeekableAssertions.read;
import static dev.parley.recording.internal.webm.WebmBuilder.blockGroup;
import static dev.parley.recording.internal.webm.WebmBuilder.crc32;
import static dev.parley.recording.internal.webm.WebmBuilder.lacedBlock;
import static dev.parley.recording.internal.webm.WebmBuilder.prevSize;
import static dev.parley.recording.internal.webm.WebmBuilder.simpleBlock;
import static dev.parley.recording.internal.webm.WebmBuilder.track;
import static dev.parley.recording.internal.webm.WebmBuilder.voidElement;
import static dev.parley.recording.internal.webm.WebmIds.TRACK_TYPE_AUDIO;
import static dev.parley.recording.internal.webm.WebmIds.TRACK_TYPE_VIDEO;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layouts the real samples lack, built with {@link WebmBuilder}. */
class SyntheticWebmTest {

  private static final long MS = 1_000_000;

  @TempDir Path directory;

  private final SeekableWebm webm = new SeekableWebm();

  @Test
  void readsKnownSizesVoidAndCrcAndLeavesOutWhatWouldNoLongerHold() throws IOException {
    byte[] input =
        new WebmBuilder()
            .info(MS)
            .element(voidElement(30))
            .tracks(track(1, TRACK_TYPE_AUDIO, "A_OPUS", 0))
            .cluster(0, true, crc32(), simpleBlock(1, 0, true), voidElement(10), prevSize(99))
            .cluster(20, true, crc32(), simpleBlock(1, 0, true), blockGroup(1, 20, 25, false))
            .build();

    WebmSummary written = rewrite(input);

    // the BlockGroup at 40 ms lasts its BlockDuration, 25 ms
    assertThat(written.durationMillis()).isEqualTo(65);
    assertThat(written.cuePoints()).isEqualTo(2);
    WebmStructure output = assertSeekable(directory.resolve("out.webm"));
    assertThat(hashes(output)).isEqualTo(hashes(WebmStructure.parse(input)));
    String hex = HexFormat.of().formatHex(Files.readAllBytes(directory.resolve("out.webm")));
    assertThat(hex).doesNotContain("bf8401020304").doesNotContain("ab8163");
  }

  @Test
  void countsEveryFrameOfALacedBlockWithTheTracksDefaultDuration() throws IOException {
    byte[] input =
        new WebmBuilder()
            .info(MS)
            .tracks(track(1, TRACK_TYPE_AUDIO, "A_OPUS", 20 * MS))
            .cluster(0, false, lacedBlock(1, 0, 3), lacedBlock(1, 60, 3))
            .build();

    assertThat(rewrite(input).durationMillis()).isEqualTo(120);
  }

  @Test
  void honoursAnotherTimestampScale() throws IOException {
    long tenthOfAMillisecond = 100_000;
    byte[] input =
        new WebmBuilder()
            .info(tenthOfAMillisecond)
            .tracks(track(1, TRACK_TYPE_AUDIO, "A_OPUS", 0))
            .cluster(0, true, simpleBlock(1, 0, true), simpleBlock(1, 400, true))
            .cluster(800, true, simpleBlock(1, 0, true))
            .build();

    WebmSummary written = rewrite(input);

    assertThat(written.durationMillis()).isEqualTo(120);
    WebmStructure output = read(directory.resolve("out.webm"));
    assertThat(output.timestampScale).isEqualTo(tenthOfAMillisecond);
    assertThat(output.duration).isEqualTo(1200.0);
  }

  @Test
  void cuesPointAtTheFirstVideoKeyframeOfEachClusterThatHasOne() throws IOException {
    byte[] input =
        new WebmBuilder()
            .liveSegment()
            .info(MS)
            .tracks(track(1, TRACK_TYPE_VIDEO, "V_VP8", 0), track(2, TRACK_TYPE_AUDIO, "A_OPUS", 0))
            .cluster(0, false, simpleBlock(1, 0, true), simpleBlock(2, 5, true))
            .cluster(100, false, simpleBlock(2, 0, true), blockGroup(1, 10, -1, true))
            .cluster(
                200,
                false,
                simpleBlock(1, 0, false),
                simpleBlock(2, 5, true),
                blockGroup(1, 30, -1, false))
            .build();

    rewrite(input);

    WebmStructure output = assertSeekable(directory.resolve("out.webm"));
    assertThat(output.cues).extracting(WebmStructure.Cue::time).containsExactly(0L, 230L);
    assertThat(output.cues).extracting(WebmStructure.Cue::track).containsOnly(1L);
  }

  @Test
  void withoutAnyKeyframeWritesNoCuesButKnownSizesAndADuration() throws IOException {
    byte[] input =
        new WebmBuilder()
            .liveSegment()
            .info(MS)
            .tracks(track(1, TRACK_TYPE_VIDEO, "V_VP8", 0))
            .cluster(0, false, simpleBlock(1, 0, false), simpleBlock(1, 40, false))
            .build();

    WebmSummary written = rewrite(input);

    assertThat(written.cuePoints()).isZero();
    assertThat(written.seekable()).isFalse();
    WebmStructure output = read(directory.resolve("out.webm"));
    assertThat(output.segmentSizeKnown).isTrue();
    assertThat(output.duration).isEqualTo(80.0);
    assertThat(output.seekEntries).doesNotContainKey(SeekableAssertions.CUES);
  }

  @Test
  void anUnknownSizeClusterEndsAtTheNextElementThatIsNotItsChild() throws IOException {
    byte[] tags = new EbmlWriter().binary(0x1254C367, new byte[] {1, 2, 3}).toByteArray();
    byte[] input =
        new WebmBuilder()
            .liveSegment()
            .info(MS)
            .tracks(track(1, TRACK_TYPE_AUDIO, "A_OPUS", 0))
            .cluster(0, false, simpleBlock(1, 0, true), simpleBlock(1, 20, true))
            .element(tags)
            .cluster(40, false, simpleBlock(1, 0, true))
            .build();

    WebmSummary written = rewrite(input);

    assertThat(written.clusters()).isEqualTo(2);
    assertThat(written.truncated()).isFalse();
    assertThat(hashes(assertSeekable(directory.resolve("out.webm"))))
        .isEqualTo(hashes(WebmStructure.parse(input)));
  }

  @Test
  void junkAfterTheLastClusterIsLeftOutAndReported() throws IOException {
    byte[] recording = liveAudio(0, 20, 40);
    byte[] input = Arrays.copyOf(recording, recording.length + 100);

    WebmSummary written = rewrite(input);

    assertThat(written.truncated()).isTrue();
    assertThat(written.droppedBytes()).isEqualTo(100);
    assertThat(written.durationMillis()).isEqualTo(60);
  }

  @Test
  void aSecondRecordingAppendedIsLeftOutAndReported() throws IOException {
    byte[] first = liveAudio(0, 20, 40);
    byte[] second = liveAudio(0, 20);
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    both.writeBytes(first);
    both.writeBytes(second);

    WebmSummary written = rewrite(both.toByteArray());

    assertThat(written.droppedBytes()).isEqualTo(second.length);
    assertThat(written.durationMillis()).isEqualTo(60);
  }

  @Test
  void aKnownSizeClusterCutBetweenBlocksIsTruncatedThoughNoByteIsDropped() throws IOException {
    byte[] whole =
        new WebmBuilder()
            .liveSegment()
            .info(MS)
            .tracks(track(1, TRACK_TYPE_AUDIO, "A_OPUS", 0))
            .cluster(0, true, simpleBlock(1, 0, true), simpleBlock(1, 20, true))
            .build();
    WebmStructure structure = WebmStructure.parse(whole);

    WebmSummary written = rewrite(Arrays.copyOf(whole, structure.blocks.get(0).end()));

    assertThat(written.truncated()).isTrue();
    assertThat(written.droppedBytes()).isZero();
    assertThat(written.durationMillis()).isZero();
  }

  @Test
  void acceptsAMatroskaDocTypeAndKeepsIt() throws IOException {
    byte[] input =
        new WebmBuilder()
            .docType("matroska")
            .info(MS)
            .tracks(track(1, TRACK_TYPE_VIDEO, "V_MPEG4/ISO/AVC", 0))
            .cluster(0, true, simpleBlock(1, 0, true), simpleBlock(1, 33, false))
            .build();

    assertThat(rewrite(input).durationMillis()).isEqualTo(66);
    assertThat(new String(Files.readAllBytes(directory.resolve("out.webm")), "ISO-8859-1"))
        .contains("matroska");
  }

  private WebmSummary rewrite(byte[] input) throws IOException {
    Path in = Files.write(directory.resolve("in.webm"), input);
    return webm.rewrite(in, directory.resolve("out.webm"));
  }

  private static byte[] liveAudio(int... timestamps) {
    byte[][] blocks = new byte[timestamps.length][];
    for (int i = 0; i < timestamps.length; i++) {
      blocks[i] = simpleBlock(1, timestamps[i], true);
    }
    return new WebmBuilder()
        .liveSegment()
        .info(MS)
        .tracks(track(1, TRACK_TYPE_AUDIO, "A_OPUS", 0))
        .cluster(0, false, blocks)
        .build();
  }

  private static List<Integer> hashes(WebmStructure structure) {
    return structure.blocks.stream().map(WebmStructure.Block::hash).toList();
  }
}
