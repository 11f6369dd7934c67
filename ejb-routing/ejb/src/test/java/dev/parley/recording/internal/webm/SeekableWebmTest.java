package dev.parley.recording.internal.webm;

import static dev.parley.recording.internal.webm.SeekableAssertions.assertSeekable;
import static dev.parley.recording.internal.webm.SeekableAssertions.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every real sample, rewritten and probed. */
class SeekableWebmTest {

  @TempDir Path directory;

  private final SeekableWebm webm = new SeekableWebm();

  @ParameterizedTest
  @EnumSource(WebmSample.class)
  void rewritesEachSampleIntoASeekableWebmOfTheSameLength(WebmSample sample) throws IOException {
    Path out = directory.resolve("out.webm");

    WebmSummary written = webm.rewrite(sample.copyTo(directory), out);

    assertThat(written.durationMillis()).isCloseTo(sample.expectedMillis, within(100L));
    assertThat(written.declaredDurationMillis()).hasValue(written.durationMillis());
    assertThat(written.codecs()).isEqualTo(sample.codecs);
    assertThat(written.hasAudio()).isEqualTo(sample.hasAudio());
    assertThat(written.hasVideo()).isEqualTo(sample.hasVideo());
    assertThat(written.cuePoints()).isPositive();
    assertThat(written.seekable()).isTrue();
    assertThat(written.truncated()).isFalse();
    assertThat(written.droppedBytes()).isZero();
    assertThat(written.bytes()).isEqualTo(Files.size(out));
    assertThat(webm.probe(out)).isEqualTo(written);
    WebmStructure structure = assertSeekable(out);
    assertThat(structure.duration * structure.timestampScale / 1e6)
        .isCloseTo(written.durationMillis(), within(1.0));
  }

  @ParameterizedTest
  @EnumSource(WebmSample.class)
  void copiesEveryBlockUnchangedAndInOrder(WebmSample sample) throws IOException {
    Path out = directory.resolve("out.webm");

    webm.rewrite(sample.copyTo(directory), out);

    assertThat(blocks(read(out))).isEqualTo(blocks(WebmStructure.parse(sample.bytes())));
  }

  @ParameterizedTest
  @EnumSource(WebmSample.class)
  void probesAFileWithoutChangingIt(WebmSample sample) throws IOException {
    Path in = sample.copyTo(directory);

    WebmSummary probed = webm.probe(in);

    assertThat(probed.durationMillis()).isCloseTo(sample.expectedMillis, within(100L));
    assertThat(probed.codecs()).isEqualTo(sample.codecs);
    assertThat(probed.seekable()).isEqualTo(!sample.live);
    assertThat(probed.declaredDurationMillis().isPresent()).isEqualTo(!sample.live);
    assertThat(probed.cuePoints() > 0).isEqualTo(!sample.live);
    assertThat(probed.bytes()).isEqualTo(sample.bytes().length);
    assertThat(Files.readAllBytes(in)).isEqualTo(sample.bytes());
  }

  @Test
  void readsTheDurationAndCuesAnotherMuxerWrote() throws IOException {
    WebmSummary probed = webm.probe(WebmSample.FFMPEG_VP8_OPUS_SEEKABLE.copyTo(directory));

    // ffmpeg declares the end of its last packet less Opus's 6.5 ms pre-skip
    assertThat(probed.declaredDurationMillis()).hasValue(3008);
    assertThat(probed.cuePoints()).isEqualTo(1);
    assertThat(probed.clusters()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(WebmSample.class)
  void rewritingARewrittenFileChangesNoByte(WebmSample sample) throws IOException {
    Path once = directory.resolve("once.webm");
    Path twice = directory.resolve("twice.webm");
    webm.rewrite(sample.copyTo(directory), once);

    webm.rewrite(once, twice);

    assertThat(Files.readAllBytes(twice)).isEqualTo(Files.readAllBytes(once));
  }

  @Test
  void aPausedRecordingLastsAsLongAsWhatWasRecordedNotTheWallClockTime() throws IOException {
    // recorded 1.5 s, paused 2 s, recorded 1.5 s more: 5 s on the wall clock
    WebmSummary written =
        webm.rewrite(
            WebmSample.CHROMIUM_VP8_OPUS_PAUSED.copyTo(directory), directory.resolve("o.webm"));

    assertThat(written.durationMillis()).isBetween(2900L, 3100L);
  }

  @Test
  void cuesPointAtVideoKeyframesInAVideoRecordingAndAtEveryClusterInAnAudioOne()
      throws IOException {
    Path video = directory.resolve("video.webm");
    Path audio = directory.resolve("audio.webm");
    webm.rewrite(WebmSample.CHROMIUM_VP9_OPUS.copyTo(directory), video);
    webm.rewrite(WebmSample.CHROMIUM_OPUS.copyTo(directory), audio);

    // the VP9 sample's video track is track 2 (Chromium lists audio first there)
    assertThat(read(video).cues).extracting(WebmStructure.Cue::track).containsOnly(2L);
    WebmStructure audioOnly = read(audio);
    assertThat(audioOnly.cues).hasSameSizeAs(audioOnly.clusters);
  }

  @Test
  void refusesToWriteOverItsInput() {
    Path in = WebmSample.CHROMIUM_OPUS.copyTo(directory);

    assertThatThrownBy(() -> webm.rewrite(in, in)).isInstanceOf(IllegalArgumentException.class);
    assertThat(in).hasBinaryContent(WebmSample.CHROMIUM_OPUS.bytes());
  }

  private static List<List<Long>> blocks(WebmStructure structure) {
    return structure.blocks.stream()
        .map(b -> List.of(b.track(), b.timestamp(), b.keyframe() ? 1L : 0L, (long) b.hash()))
        .toList();
  }
}
