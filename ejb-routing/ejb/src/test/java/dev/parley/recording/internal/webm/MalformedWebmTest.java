package dev.parley.recording.internal.webm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs nothing playable can be written from are refused with a message, and nothing written. */
class MalformedWebmTest {

  @TempDir Path directory;

  private final SeekableWebm webm = new SeekableWebm();

  @Test
  void refusesAnEmptyFile() throws IOException {
    assertRefused(new byte[0]).hasMessage("not a WebM file: it is empty");
  }

  @Test
  void refusesRandomBytes() throws IOException {
    byte[] garbage = new byte[4096];
    new Random(15).nextBytes(garbage);
    garbage[0] = 0x42; // a valid two-byte ID, so the refusal is not about the first byte alone

    assertRefused(garbage).hasMessage("not a WebM file: it does not start with an EBML header");
  }

  @Test
  void refusesAnHtmlErrorPageUploadedInsteadOfARecording() throws IOException {
    byte[] html =
        "<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>"
            .getBytes(StandardCharsets.UTF_8);

    assertRefused(html).hasMessage("not a WebM file: it does not start with an EBML header");
  }

  @Test
  void refusesAnEbmlDocumentOfAnotherType() throws IOException {
    byte[] other = new WebmBuilder().docType("parley-notes").build();

    assertRefused(other).hasMessage("an EBML file of DocType \"parley-notes\", not WebM");
  }

  @Test
  void refusesAFileCutInsideItsEbmlHeader() throws IOException {
    byte[] cut = Arrays.copyOf(WebmSample.CHROMIUM_OPUS.bytes(), 20);

    assertRefused(cut).hasMessage("not a WebM file: it ends inside its EBML header");
  }

  @Test
  void refusesAnEbmlHeaderWithoutSegment() throws IOException {
    byte[] headerOnly = Arrays.copyOf(WebmSample.CHROMIUM_OPUS.bytes(), 36);

    assertRefused(headerOnly).hasMessage("no Segment: the file ends after its EBML header");
  }

  @Test
  void refusesTracksWithoutAnyCluster() throws IOException {
    byte[] tracksOnly =
        new WebmBuilder()
            .info(1_000_000)
            .tracks(WebmBuilder.track(1, WebmIds.TRACK_TYPE_AUDIO, "A_OPUS", 0))
            .build();

    assertRefused(tracksOnly).hasMessage("no complete Cluster with a block");
  }

  @Test
  void refusesClustersWithoutTracks() throws IOException {
    byte[] sample = WebmSample.CHROMIUM_OPUS.bytes();
    WebmStructure structure = WebmStructure.parse(sample);
    List<Long> positions = List.copyOf(structure.levelOneAt.keySet());
    int tracks = structure.levelOneIds.indexOf(SeekableAssertions.TRACKS);
    int tracksStart = structure.segmentData + positions.get(tracks).intValue();
    int tracksEnd = structure.segmentData + positions.get(tracks + 1).intValue();
    ByteArrayOutputStream withoutTracks = new ByteArrayOutputStream();
    withoutTracks.write(sample, 0, tracksStart);
    withoutTracks.write(sample, tracksEnd, sample.length - tracksEnd);

    assertRefused(withoutTracks.toByteArray()).hasMessage("no Tracks element");
  }

  @Test
  void refusesTracksThatListNoTrack() throws IOException {
    byte[] noTrack =
        new WebmBuilder()
            .info(1_000_000)
            .tracks()
            .cluster(0, true, WebmBuilder.simpleBlock(1, 0, true))
            .build();

    assertRefused(noTrack).hasMessage("the Tracks element lists no track");
  }

  @Test
  void refusesABlockBeforeItsClustersTimestamp() throws IOException {
    byte[] noTimestamp =
        new WebmBuilder()
            .info(1_000_000)
            .tracks(WebmBuilder.track(1, WebmIds.TRACK_TYPE_AUDIO, "A_OPUS", 0))
            .element(
                new EbmlWriter()
                    .binary(WebmIds.CLUSTER, WebmBuilder.simpleBlock(1, 0, true))
                    .toByteArray())
            .build();

    assertRefused(noTimestamp).hasMessageEndingWith("has a block before its Timestamp");
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertRefused(byte[] input)
      throws IOException {
    Path in = Files.write(directory.resolve("in.webm"), input);
    Path out = directory.resolve("out.webm");
    assertThatThrownBy(() -> webm.probe(in)).isInstanceOf(MalformedWebmException.class);
    AbstractThrowableAssert<?, ? extends Throwable> refusal =
        assertThatThrownBy(() -> webm.rewrite(in, out)).isInstanceOf(MalformedWebmException.class);
    assertThat(out).doesNotExist();
    return refusal;
  }
}
