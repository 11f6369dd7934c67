package dev.parley.web.platform.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

  @Test
  void aClosedRangeIsCutToTheFile() {
    assertThat(ByteRange.parse("bytes=0-1023", 5000)).contains(new ByteRange(0, 1023));
    assertThat(ByteRange.parse("bytes=4000-9999", 5000)).contains(new ByteRange(4000, 4999));
  }

  @Test
  void anOpenRangeRunsToTheEndAndASuffixTakesTheLastBytes() {
    assertThat(ByteRange.parse("bytes=2500-", 5000)).contains(new ByteRange(2500, 4999));
    assertThat(ByteRange.parse("bytes=-500", 5000)).contains(new ByteRange(4500, 4999));
    assertThat(ByteRange.parse("bytes=-9000", 5000)).contains(new ByteRange(0, 4999));
  }

  @Test
  void severalRangesAreAnsweredWithTheFirst() {
    assertThat(ByteRange.parse("bytes=0-9, 20-29", 100)).contains(new ByteRange(0, 9));
  }

  @Test
  void aRangeOutsideTheFileIsUnsatisfiable() {
    assertThat(ByteRange.parse("bytes=5000-", 5000)).contains(ByteRange.UNSATISFIABLE);
    assertThat(ByteRange.parse("bytes=10-5", 5000)).contains(ByteRange.UNSATISFIABLE);
    assertThat(ByteRange.parse("bytes=-0", 5000)).contains(ByteRange.UNSATISFIABLE);
  }

  @Test
  void noOrAMalformedHeaderMeansTheWholeFile() {
    assertThat(ByteRange.parse(null, 5000)).isEmpty();
    assertThat(ByteRange.parse("items=0-5", 5000)).isEmpty();
    assertThat(ByteRange.parse("bytes=abc-def", 5000)).isEmpty();
    assertThat(ByteRange.parse("bytes=5", 5000)).isEmpty();
  }
}
