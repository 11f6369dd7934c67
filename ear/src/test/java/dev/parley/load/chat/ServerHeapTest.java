package dev.parley.load.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading {@code jcmd GC.class_histogram} output and what grew between two readings. */
class ServerHeapTest {

  private static final String BEFORE =
      """
      4242:
       num     #instances         #bytes  class name (module)
      -------------------------------------------------------
         1:          1000          64000  [B (java.base@17.0.15)
         2:           500          12000  java.lang.String (java.base@17.0.15)
      Total          1500          76000
      """;

  private static final String AFTER =
      """
       num     #instances         #bytes  class name (module)
      -------------------------------------------------------
         1:          3000         192000  [B (java.base@17.0.15)
         2:           600          14400  java.lang.String (java.base@17.0.15)
         3:            10            640  dev.parley.Chat
      Total          3610         207040
      """;

  @Test
  void readsTheTotalAndEveryClass() throws IOException {
    ServerHeap h = ServerHeap.parse(BEFORE);

    assertThat(h.bytes()).isEqualTo(76000);
    assertThat(h.byClass()).containsEntry("[B", 64000L).containsEntry("java.lang.String", 12000L);
  }

  @Test
  void namesTheClassesThatGrewMost() throws IOException {
    ServerHeap before = ServerHeap.parse(BEFORE);
    ServerHeap after = ServerHeap.parse(AFTER);

    assertThat(after.grownMost(before, 2))
        .containsExactly(Map.entry("[B", 128000L), Map.entry("java.lang.String", 2400L));
  }

  @Test
  void refusesOutputWithoutATotal() {
    assertThatThrownBy(() -> ServerHeap.parse("4242:\ncom.sun.tools.attach.AttachNotSupported"))
        .isInstanceOf(IOException.class);
  }
}
