package dev.parley.recording.internal.webm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link EbmlWriter} and {@link EbmlReader} against the EBML specification's encodings. (Named
 * {@code Webm…Test}, as all this package's tests, so {@code -Dtest='*Webm*'} runs them all.)
 */
class WebmEbmlCodecTest {

  @TempDir Path directory;

  @Test
  void writesIdsWithTheirMarkerBitsAndSizesInTheFewestBytes() {
    assertThat(new EbmlWriter().id(WebmIds.CLUSTER).size(5).toByteArray())
        .containsExactly(0x1F, 0x43, 0xB6, 0x75, 0x85);
    assertThat(new EbmlWriter().id(WebmIds.TIMESTAMP).size(126).toByteArray())
        .containsExactly(0xE7, 0xFE);
    // 127 in one byte would be all ones, which means "unknown": it takes two
    assertThat(new EbmlWriter().id(WebmIds.TIMESTAMP).size(127).toByteArray())
        .containsExactly(0xE7, 0x40, 0x7F);
    assertThat(new EbmlWriter().unsigned(WebmIds.CUE_TIME, 0).toByteArray())
        .containsExactly(0xB3, 0x81, 0x00);
    assertThat(new EbmlWriter().unsigned(WebmIds.CUE_TIME, 0x1234).toByteArray())
        .containsExactly(0xB3, 0x82, 0x12, 0x34);
  }

  @Test
  void refusesASizeThatDoesNotFitItsWidth() {
    assertThatThrownBy(() -> new EbmlWriter().size(127, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EbmlWriter().size(EbmlWriter.MAX_SIZE + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      longs = {0, 1, 126, 127, 16382, 16383, 1L << 21, (1L << 35) + 3, EbmlWriter.MAX_SIZE})
  void readsBackEverySizeItWrites(long size) throws IOException {
    byte[] bytes = new EbmlWriter().id(WebmIds.SEGMENT).size(size).toByteArray();

    ElementHeader header = readHeader(bytes);

    assertThat(header.id()).isEqualTo(WebmIds.SEGMENT);
    assertThat(header.size()).isEqualTo(size);
    assertThat(header.headerLength()).isEqualTo(bytes.length);
  }

  @Test
  void readsAllOnesAsTheUnknownSizeAtAnyWidth() throws IOException {
    assertThat(readHeader(bytes(0x1F, 0x43, 0xB6, 0x75, 0xFF)).sizeKnown()).isFalse();
    assertThat(
            readHeader(
                    bytes(0x18, 0x53, 0x80, 0x67, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF))
                .size())
        .isEqualTo(ElementHeader.UNKNOWN_SIZE);
    assertThat(readHeader(bytes(0xE7, 0x40, 0x7F)).size()).isEqualTo(127);
  }

  @Test
  void rejectsBytesThatAreNoElementId() {
    assertThatThrownBy(() -> readHeader(bytes(0x00, 0x81, 0x00)))
        .isInstanceOf(MalformedWebmException.class)
        .hasMessageContaining("no EBML element ID at byte 0");
    assertThatThrownBy(() -> readHeader(bytes(0x08, 0x00, 0x00, 0x00, 0x00, 0x81)))
        .isInstanceOf(MalformedWebmException.class);
    assertThatThrownBy(() -> readHeader(bytes(0xFF, 0x81, 0x00))).hasMessageContaining("reserved");
  }

  @Test
  void reportsTheEndOfTheFileInsideAHeader() {
    assertThatThrownBy(() -> readHeader(bytes(0x1F, 0x43, 0xB6))).isInstanceOf(EOFException.class);
    assertThatThrownBy(() -> readHeader(bytes(0x1F, 0x43, 0xB6, 0x75, 0x40)))
        .isInstanceOf(EOFException.class);
  }

  @Test
  void readsFloatsUnsignedIntegersAndStringsAcrossBufferRefills() throws IOException {
    byte[] bytes =
        new EbmlWriter()
            .floating(WebmIds.DURATION, 3974.5)
            .unsigned(WebmIds.TIMESTAMP_SCALE, 1_000_000)
            .binary(WebmIds.CODEC_ID, "A_OPUS\0\0".getBytes())
            .toByteArray();
    try (EbmlReader reader = reader(bytes, 3)) {
      ElementHeader duration = reader.readHeader();
      assertThat(reader.readFloat(duration.size())).isEqualTo(3974.5);
      ElementHeader scale = reader.readHeader();
      assertThat(reader.readUnsigned(scale.size())).isEqualTo(1_000_000);
      ElementHeader codec = reader.readHeader();
      assertThat(reader.readString(codec.size())).isEqualTo("A_OPUS");
      assertThat(reader.position()).isEqualTo(bytes.length);
    }
  }

  private ElementHeader readHeader(byte[] bytes) throws IOException {
    try (EbmlReader reader = reader(bytes, EbmlReader.DEFAULT_BUFFER_SIZE)) {
      return reader.readHeader();
    }
  }

  private EbmlReader reader(byte[] bytes, int bufferSize) throws IOException {
    Path file = Files.write(Files.createTempFile(directory, "ebml", ".bin"), bytes);
    return new EbmlReader(FileChannel.open(file, StandardOpenOption.READ), bufferSize);
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
