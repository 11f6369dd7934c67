package dev.parley.recording.internal.webm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks, with {@link WebmStructure}, that a written file is a seekable WebM. */
final class SeekableAssertions {

  static final int SEEK_HEAD = 0x114D9B74;
  static final int INFO = 0x1549A966;
  static final int TRACKS = 0x1654AE6B;
  static final int CUES = 0x1C53BB6B;
  static final int CLUSTER = 0x1F43B675;

  private SeekableAssertions() {}

  static WebmStructure read(Path file) {
    try {
      return WebmStructure.parse(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Known sizes throughout; a SeekHead first whose entries point at Info, Tracks and Cues; a
   * Duration; and Cues whose every point names a Cluster and, in it, a keyframe of the cue's track
   * at the cue's time.
   */
  static WebmStructure assertSeekable(Path file) {
    WebmStructure webm = read(file);
    assertThat(webm.segmentSizeKnown).as("Segment size known").isTrue();
    assertThat(webm.clusters).isNotEmpty().allMatch(WebmStructure.Cluster::sizeKnown);
    assertThat(webm.levelOneIds.get(0)).as("SeekHead first").isEqualTo(SEEK_HEAD);
    assertThat(webm.seekEntries).containsOnlyKeys(INFO, TRACKS, CUES);
    webm.seekEntries.forEach(
        (id, position) ->
            assertThat(webm.levelOneAt.get(position)).as("SeekHead entry").isEqualTo(id));
    assertThat(webm.duration).as("Info's Duration").isNotNull().isPositive();
    assertThat(webm.cues).isNotEmpty();
    for (WebmStructure.Cue cue : webm.cues) {
      WebmStructure.Cluster cluster =
          webm.clusters.stream()
              .filter(c -> c.segmentPosition() == cue.clusterPosition())
              .findFirst()
              .orElseThrow(() -> new AssertionError("no Cluster at the cue's position " + cue));
      assertThat(webm.blocks)
          .as("the cue's block")
          .anySatisfy(
              block -> {
                assertThat(block.position())
                    .isEqualTo(cluster.dataStart() + cue.relativePosition());
                assertThat(block.track()).isEqualTo(cue.track());
                assertThat(block.timestamp()).isEqualTo(cue.time());
                assertThat(block.keyframe()).isTrue();
              });
    }
    return webm;
  }
}
