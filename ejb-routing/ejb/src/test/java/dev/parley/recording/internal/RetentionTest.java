package dev.parley.recording.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionTest {

  private static final Instant CALL = Instant.parse("2026-12-05T10:15:30Z");

  @Test
  void aRecordingExpiresItsQueuesRetentionAfterItsCallStarted() {
    assertThat(Retention.expiresAt(CALL, 30)).isEqualTo(CALL.plus(Duration.ofDays(30)));
  }

  @Test
  void aQueueWithoutRetentionKeepsItsRecordingsForEver() {
    assertThat(Retention.expiresAt(CALL, null)).isNull();
    assertThat(Retention.expiresAt(CALL, 0)).isNull();
    assertThat(Retention.due(null, false, CALL.plus(Duration.ofDays(100_000)))).isFalse();
  }

  @Test
  void dueFromTheInstantItExpiresOnNotBefore() {
    Instant expires = Retention.expiresAt(CALL, 7);
    assertThat(Retention.due(expires, false, expires.minusMillis(1))).isFalse();
    assertThat(Retention.due(expires, false, expires)).isTrue();
    assertThat(Retention.due(expires, false, expires.plus(Duration.ofDays(365)))).isTrue();
  }

  @Test
  void aLegalHoldKeepsARecordingWhateverItsDate() {
    Instant expires = Retention.expiresAt(CALL, 1);
    assertThat(Retention.due(expires, true, expires.plus(Duration.ofDays(3650)))).isFalse();
  }
}
