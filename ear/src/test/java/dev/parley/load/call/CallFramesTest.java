package dev.parley.load.call;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The frames the signaling run sends, and the send times read back from what is relayed. */
class CallFramesTest {

  @Test
  void anSdpHasTheAskedSizeAndCarriesItsSendTime() {
    JsonObject frame = CallFrames.parse(CallFrames.sdp("c1", "customer", "offer", 3000, -42));

    assertThat(frame.getString("type")).isEqualTo("callSdp");
    assertThat(frame.getString("conversationId")).isEqualTo("c1");
    assertThat(frame.getString("peer")).isEqualTo("customer");
    String sdp = frame.getJsonObject("description").getString("sdp");
    assertThat(frame.getJsonObject("description").getString("type")).isEqualTo("offer");
    assertThat(sdp).startsWith("v=0\r\n").hasSizeBetween(3000, 3100);
    assertThat(CallFrames.sdpSentNanos(sdp)).isEqualTo(-42);
  }

  @Test
  void anIceCandidateCarriesItsSendTimeAndTheEndOfCandidatesNone() {
    String candidate =
        CallFrames.parse(CallFrames.ice("c1", "agent:a", 2, 123_456_789L))
            .getJsonObject("candidate")
            .getString("candidate");
    String end =
        CallFrames.parse(CallFrames.ice("c1", "agent:a", -1, 5))
            .getJsonObject("candidate")
            .getString("candidate");

    assertThat(candidate)
        .startsWith("candidate:3 1 udp")
        .contains("typ host")
        .hasSizeLessThan(1024);
    assertThat(CallFrames.iceSentNanos(candidate)).isEqualTo(123_456_789L);
    assertThat(end).isEmpty();
    assertThat(CallFrames.iceSentNanos(end)).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void textsWithoutATimeHaveNone() {
    assertThat(CallFrames.sdpSentNanos("v=0\r\ns=-\r\n")).isEqualTo(Long.MIN_VALUE);
    assertThat(CallFrames.sdpSentNanos(null)).isEqualTo(Long.MIN_VALUE);
    assertThat(CallFrames.sdpSentNanos("a=x-parley-sent:soon\r\n")).isEqualTo(Long.MIN_VALUE);
    assertThat(CallFrames.iceSentNanos("candidate:1 1 udp 1 127.0.0.1 9 typ host"))
        .isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void theVisitorsJoinNamesNoConversationAndTheAgentsDoes() {
    assertThat(CallFrames.parse(CallFrames.join(null)).containsKey("conversationId")).isFalse();
    assertThat(CallFrames.parse(CallFrames.join("c9")).getString("conversationId")).isEqualTo("c9");
    assertThat(CallFrames.parse(CallFrames.startVoice("Load 1")).getString("channel"))
        .isEqualTo("VOICE");
  }
}
