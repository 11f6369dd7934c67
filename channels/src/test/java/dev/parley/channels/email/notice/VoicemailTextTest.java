package dev.parley.channels.email.notice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.recording.RecordingKind;
import dev.parley.recording.RecordingSource;
import dev.parley.recording.RecordingState;
import dev.parley.recording.RecordingView;
import dev.parley.routing.api.id.RecordingId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The voicemail notification's words: caller, queue, time, length and the link, no audio. */
class VoicemailTextTest {

  private static RecordingView voicemail(String name, String address, long millis) {
    Instant at = Instant.parse("2026-12-05T17:42:10Z");
    return new RecordingView(
        RecordingId.of("rec-0001"),
        "call-1",
        RecordingKind.VOICEMAIL,
        "VOICE",
        RecordingSource.BROWSER,
        "Support",
        "cust-1",
        name,
        address,
        List.of(),
        List.of(),
        at,
        at.plusMillis(millis),
        millis,
        4096,
        false,
        RecordingState.READY,
        null,
        false,
        List.of(),
        false,
        null,
        List.of());
  }

  private final VoicemailText words =
      new VoicemailText(ZoneOffset.UTC, "https://parley.example.com");

  @Test
  void namesCallerQueueTimeDurationAndLinksToTheCallsPage() {
    RecordingView v = voicemail("Ann Caller", "+49 30 1234", 83_400);
    assertThat(words.subject(v))
        .isEqualTo("New voicemail in Support from Ann Caller (+49 30 1234)");
    assertThat(words.text(v, "vm-7"))
        .contains("Caller:   Ann Caller (+49 30 1234)")
        .contains("Queue:    Support")
        .contains("Left at:  5 December 2026, 17:42 UTC")
        .contains("Duration: 1:23")
        .contains("Contact:  vm-7")
        .contains("https://parley.example.com/supervisor/conversations/call-1")
        .contains("not attached");
  }

  @Test
  void anUnknownCallerIsSaidSo() {
    assertThat(words.subject(voicemail(null, " ", 1000)))
        .isEqualTo("New voicemail in Support from an unknown caller");
    assertThat(words.subject(voicemail(null, "+49 30 1234", 1000)))
        .isEqualTo("New voicemail in Support from +49 30 1234");
  }

  @Test
  void aCallerNameCannotBreakTheSubjectIntoHeaders() {
    assertThat(words.subject(voicemail("Eve\r\nBcc: x@example.com", null, 1000)))
        .isEqualTo("New voicemail in Support from Eve Bcc: x@example.com");
  }

  @Test
  void durationsAreMinutesAndSeconds() {
    assertThat(VoicemailText.duration(0)).isEqualTo("0:00");
    assertThat(VoicemailText.duration(59_600)).isEqualTo("1:00");
    assertThat(VoicemailText.duration(125_000)).isEqualTo("2:05");
  }
}
