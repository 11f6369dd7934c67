package dev.parley.load.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The send time a message text carries. */
class FramesTest {

  @Test
  void readsBackTheSendTimeOfAStampedText() {
    assertThat(Frames.sentNanos(Frames.stamped("re v1.2.3", -42))).isEqualTo(-42);
    assertThat(Frames.sentNanos(Frames.stamped("a t=1 inside", 99))).isEqualTo(99);
  }

  @Test
  void aTextWithoutStampHasNoSendTime() {
    assertThat(Frames.sentNanos("Alice joined the chat.")).isEqualTo(Long.MIN_VALUE);
    assertThat(Frames.sentNanos(null)).isEqualTo(Long.MIN_VALUE);
    assertThat(Frames.sentNanos("x t=notanumber")).isEqualTo(Long.MIN_VALUE);
  }
}
