package dev.parley.web.platform.call;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.call.CallEvent;
import dev.parley.call.MonitorMode;
import dev.parley.routing.api.id.ContactId;
import org.junit.jupiter.api.Test;

/** The {@code callMonitor} frame told to a monitored call's agent and to the supervisor. */
class CallMonitorFrameTest {

  private final CallCodec codec = new CallCodec();

  @Test
  void namesTheSupervisorAndTheModeOrNullWhenTheMonitoringEnded() {
    assertThat(
            codec.write(
                new CallEvent.Monitor(
                    ContactId.of("c-1"), "agent:ann", "supervisor:sue", MonitorMode.WHISPER)))
        .isEqualTo(
            "{\"type\":\"callMonitor\",\"conversationId\":\"c-1\",\"mode\":\"WHISPER\","
                + "\"supervisor\":\"supervisor:sue\"}");
    assertThat(
            codec.write(
                new CallEvent.Monitor(ContactId.of("c-1"), "agent:ann", "supervisor:sue", null)))
        .contains("\"mode\":null");
  }
}
