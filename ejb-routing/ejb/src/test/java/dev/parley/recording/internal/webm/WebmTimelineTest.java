package dev.parley.recording.internal.webm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link Timeline} finds where a recording starts and ends (timestamps in milliseconds). */
class WebmTimelineTest {

  private static final long MS = 1_000_000;
  private static final List<Track> NO_DEFAULT_DURATIONS =
      List.of(new Track(1, WebmIds.TRACK_TYPE_VIDEO, "V_VP8", 0), new Track(2, 2, "A_OPUS", 0));

  private final Timeline timeline = new Timeline();

  @Test
  void aLastBlockWithoutDurationLastsAsLongAsTheGapBeforeIt() {
    for (long t = 0; t <= 3900; t += 60) {
      timeline.block(2, t, -1, 1);
    }

    assertThat(timeline.start()).isZero();
    assertThat(timeline.end(NO_DEFAULT_DURATIONS, MS)).isEqualTo(3900 + 60);
  }

  @Test
  void theRecordingEndsWithItsLatestTrack() {
    timeline.block(1, 0, -1, 1);
    timeline.block(2, 14, -1, 1);
    timeline.block(1, 50, -1, 1);
    timeline.block(2, 74, -1, 1);
    timeline.block(1, 100, -1, 1);

    assertThat(timeline.end(NO_DEFAULT_DURATIONS, MS)).isEqualTo(150);
  }

  @Test
  void aBlockDurationWinsOverTheEstimate() {
    timeline.block(2, 0, -1, 1);
    timeline.block(2, 20, -1, 1);
    timeline.block(2, 40, 7, 1);

    assertThat(timeline.end(NO_DEFAULT_DURATIONS, MS)).isEqualTo(47);
  }

  @Test
  void aDefaultDurationCountsEveryFrameOfALacedBlock() {
    List<Track> tracks = List.of(new Track(1, WebmIds.TRACK_TYPE_AUDIO, "A_OPUS", 20 * MS));
    timeline.block(1, 0, -1, 3);
    timeline.block(1, 60, -1, 3);

    assertThat(timeline.end(tracks, MS)).isEqualTo(120);
  }

  @Test
  void defaultDurationsAreNanosecondsWhateverTheTimestampScale() {
    long scale = 100_000; // timestamps in tenths of a millisecond
    List<Track> tracks = List.of(new Track(1, WebmIds.TRACK_TYPE_VIDEO, "V_VP8", 40 * MS));
    timeline.block(1, 0, -1, 1);
    timeline.block(1, 400, -1, 1);

    assertThat(timeline.end(tracks, scale)).isEqualTo(800);
  }

  @Test
  void aSingleBlockWithoutDurationEndsWhereItStarts() {
    timeline.block(1, 500, -1, 1);

    assertThat(timeline.start()).isEqualTo(500);
    assertThat(timeline.end(NO_DEFAULT_DURATIONS, MS)).isEqualTo(500);
  }

  @Test
  void blocksOutOfOrderNeitherMoveTheEndBackNorSpoilTheGap() {
    timeline.block(1, 100, -1, 1);
    timeline.block(1, 140, -1, 1);
    timeline.block(1, 120, -1, 1);

    assertThat(timeline.start()).isEqualTo(100);
    assertThat(timeline.end(NO_DEFAULT_DURATIONS, MS)).isEqualTo(180);
  }
}
