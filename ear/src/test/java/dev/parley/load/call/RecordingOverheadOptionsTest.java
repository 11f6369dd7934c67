package dev.parley.load.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The recording overhead run's flags. */
class RecordingOverheadOptionsTest {

  @Test
  void defaultsRecordThreeVoiceCallsOfAMinute() {
    RecordingOverheadOptions o = RecordingOverheadOptions.parse(new String[0]);

    assertThat(o.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080/"));
    assertThat(o.calls()).isEqualTo(3);
    assertThat(o.seconds()).isEqualTo(60);
    assertThat(o.channel()).isEqualTo("VOICE");
    assertThat(o.recorded()).isTrue();
    assertThat(o.kmsPid()).isZero();
    assertThat(o.serverLog()).isNull();
  }

  @Test
  void readsEveryFlag() {
    RecordingOverheadOptions o =
        RecordingOverheadOptions.parse(
            ("--base-url http://127.0.0.1:8230 --calls 5 --seconds 30 --channel VIDEO"
                    + " --recording NEVER --kms-pid 20404 --server-pid 99 --server-log /tmp/s.log")
                .split(" "));

    assertThat(o)
        .isEqualTo(
            new RecordingOverheadOptions(
                URI.create("http://127.0.0.1:8230/"),
                5,
                30,
                "VIDEO",
                "NEVER",
                20404,
                99,
                Path.of("/tmp/s.log")));
    assertThat(o.recorded()).isFalse();
    assertThat(o.pageOrigin()).isEqualTo("http://127.0.0.1:8230");
  }

  @Test
  void refusesWhatItCannotRun() {
    assertThatThrownBy(() -> RecordingOverheadOptions.parse("--recording SOMETIMES".split(" ")))
        .hasMessageContaining("--recording must be ALWAYS or NEVER");
    assertThatThrownBy(() -> RecordingOverheadOptions.parse("--seconds 1".split(" ")))
        .hasMessageContaining("--seconds must be 5..600");
    assertThatThrownBy(
            () -> RecordingOverheadOptions.parse("--base-url http://localhost:8230/".split(" ")))
        .hasMessageContaining("127.0.0.1");
    assertThatThrownBy(() -> RecordingOverheadOptions.parse("--colour red".split(" ")))
        .hasMessageContaining("unknown flags");
  }
}
