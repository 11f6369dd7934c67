package dev.parley.email.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DedupeKeyTest {

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theSameMessageAgainHasTheSameKeyAnyChangeAnother() {
    String key = MailStoreBean.dedupeKey("a@b", bytes("Subject: x\r\n\r\nhello"));
    assertThat(key)
        .hasSize(64)
        .isEqualTo(MailStoreBean.dedupeKey("a@b", bytes("Subject: x\r\n\r\nhello")));
    assertThat(MailStoreBean.dedupeKey("a@c", bytes("Subject: x\r\n\r\nhello"))).isNotEqualTo(key);
    assertThat(MailStoreBean.dedupeKey("a@b", bytes("Subject: x\r\n\r\nhello!"))).isNotEqualTo(key);
    assertThat(MailStoreBean.dedupeKey(null, bytes("x")))
        .isEqualTo(MailStoreBean.dedupeKey(null, bytes("x")))
        .isNotEqualTo(MailStoreBean.dedupeKey("null", bytes("y")));
  }
}
