package dev.parley.conversation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ContentTypesTest {

  private static byte[] bytes(int... b) {
    byte[] out = new byte[ContentTypes.HEAD];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  @Test
  void acceptedTypesAreRecognisedByTheirFirstBytes() {
    assertThat(ContentTypes.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), 12))
        .contains("image/png");
    assertThat(ContentTypes.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0), 12)).contains("image/jpeg");
    assertThat(ContentTypes.detect(bytes('G', 'I', 'F', '8', '9', 'a'), 12)).contains("image/gif");
    assertThat(ContentTypes.detect(bytes('R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P'), 12))
        .contains("image/webp");
    assertThat(ContentTypes.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 9))
        .contains("application/pdf");
  }

  @Test
  void anythingElseIsRefusedWhateverItsNameWouldSay() {
    assertThat(ContentTypes.detect("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), 12))
        .isEmpty();
    assertThat(ContentTypes.detect(bytes('M', 'Z'), 12)).as("an executable").isEmpty();
    assertThat(ContentTypes.detect(bytes('R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'A', 'V', 'E'), 12))
        .as("RIFF but not WebP")
        .isEmpty();
    assertThat(ContentTypes.detect(Arrays.copyOf(new byte[] {(byte) 0x89, 'P'}, 12), 2))
        .as("too short to tell")
        .isEmpty();
  }
}
