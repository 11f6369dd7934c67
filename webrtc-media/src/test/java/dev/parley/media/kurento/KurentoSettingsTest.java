package dev.parley.media.kurento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.media.spi.RecordingPlan;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KurentoSettingsTest {

  private final KurentoSettings settings =
      KurentoSettings.of(
          "ws://127.0.0.1:8888/kurento",
          URI.create("http://parley:8080/media/greeting.ogg"),
          URI.create("http://parley:8080/media/hold.ogg"));
  private final RecordingPlan plan =
      new RecordingPlan(Path.of("/var/lib/parley/recordings"), "2026/12/c-1", true);

  @Test
  void kurentoWritesWhereParleySeesTheRecordingsUnlessToldOtherwise() {
    assertThat(settings.recordingUri(plan, plan.compositeFile()))
        .hasToString("file:///var/lib/parley/recordings/2026/12/c-1.webm");
  }

  @Test
  void kurentoWritesIntoItsOwnMountOfTheRecordingsDirectory() {
    KurentoSettings mounted = settings.withRecordings(URI.create("file:///mnt/recordings"));

    assertThat(mounted.recordingUri(plan, plan.partyFile("agent:bob")))
        .hasToString("file:///mnt/recordings/2026/12/c-1.agent_bob.webm");
    assertThat(
            settings
                .withRecordings(URI.create("file:/mnt/recordings/"))
                .recordingUri(plan, plan.compositeFile()))
        .hasToString("file:///mnt/recordings/2026/12/c-1.webm");
  }

  @Test
  void aRecordingsUriKurentoCannotWriteToFailsNamingTheSetting() {
    for (String bad :
        new String[] {
          "http://store/recordings", "file://host/recordings", "file:relative", "file:///r?x=1"
        }) {
      assertThatThrownBy(() -> settings.withRecordings(URI.create(bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("PARLEY_KURENTO_RECORDINGS_URI");
    }
  }
}
