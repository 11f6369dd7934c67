package dev.parley.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawMessageTest {

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String s(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  @Test
  void takesOffTheListenersFoldedReceivedHeaderOnly() {
    String sent = "Received: by mx.example.org; Fri, 4 Dec 2026\r\nSubject: hi\r\n\r\nbody";
    String ours =
        "Received: from mx (127.0.0.1)\r\n\tby parley (Parley) with ESMTP id 1\r\n\tfor <a@b>;"
            + " Sat, 5 Dec 2026 05:00:00 +0000\r\n";
    assertThat(s(RawMessage.withoutTrace(b(ours + sent)))).isEqualTo(sent);
    assertThat(s(RawMessage.withoutTrace(b("Subject: x\r\n\r\ny"))))
        .isEqualTo("Subject: x\r\n\r\ny");
  }

  @Test
  void theSameMessageDeliveredTwiceIsTheSameBytesOnceItsTraceIsOff() {
    String sent = "Message-ID: <a@b>\r\n\r\nbody\r\n";
    byte[] first =
        RawMessage.withoutTrace(b("Received: from x; Sat, 5 Dec 2026 05:00:00\r\n" + sent));
    byte[] second =
        RawMessage.withoutTrace(b("Received: from x; Sat, 5 Dec 2026 05:09:00\r\n" + sent));
    assertThat(first).isEqualTo(second);
  }

  @Test
  void findsTheMessageIdInTheHeaderBlockFoldedOrNot() {
    assertThat(RawMessage.messageId(b("Subject: a\r\nMessage-ID: <x.1@example.com>\r\n\r\n")))
        .isEqualTo("x.1@example.com");
    assertThat(RawMessage.messageId(b("message-id:\r\n <folded@example.com>\r\n\r\n")))
        .isEqualTo("folded@example.com");
    assertThat(RawMessage.messageId(b("Message-ID: bare@example.com\n\n")))
        .isEqualTo("bare@example.com");
  }

  @Test
  void noMessageIdIsNullEvenWhenTheBodyHasOne() {
    assertThat(RawMessage.messageId(b("Subject: a\r\n\r\nMessage-ID: <in-body@x>\r\n"))).isNull();
    assertThat(RawMessage.messageId(b(""))).isNull();
    assertThat(RawMessage.messageId(b("Message-ID: <>\r\n\r\n"))).isNull();
  }
}
