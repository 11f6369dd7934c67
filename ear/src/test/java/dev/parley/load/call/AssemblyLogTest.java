package dev.parley.load.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding a recording's assembly time in the server log. */
class AssemblyLogTest {
  private static final List<String> LOG =
      List.of(
          "02:10:01,101 INFO  [dev.parley.recording.internal.RecordingAssembly] (EJB default - 3)"
              + " event=recording.ready id=r-12 chunks=9 duration_ms=17100 bytes=851705"
              + " took_ms=390",
          "02:10:02,000 INFO  [dev.parley.routing] something else took_ms=5",
          "02:11:07,555 INFO  [dev.parley.recording.internal.RecordingAssembly] (EJB default - 1)"
              + " event=recording.ready id=r-123 files=3 duration_ms=60200 bytes=2000000"
              + " took_ms=1210");

  @Test
  void readsTheTimeOfTheRecordingAsked() {
    assertThat(AssemblyLog.tookMillis(LOG, "r-12")).hasValue(390);
    assertThat(AssemblyLog.tookMillis(LOG, "r-123")).hasValue(1210);
  }

  @Test
  void aRecordingNotYetReadyHasNoTime() {
    assertThat(AssemblyLog.tookMillis(LOG, "r-1")).isEmpty();
  }
}
