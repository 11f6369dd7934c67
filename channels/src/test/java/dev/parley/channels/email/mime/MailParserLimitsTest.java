package dev.parley.channels.email.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Messages too big, too deep or too strange to keep in the corpus: generated here. */
class MailParserLimitsTest {

  private static final String HEAD =
      "From: a@example.com\r\nTo: support@parley.test\r\nSubject: s\r\nDate: Tue, 01 Dec 2026 10:00:00 +0000\r\n"
          + "Message-ID: <limits@example.com>\r\n";

  private final MailParser parser = new MailParser();

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code levels} multiparts inside each other, the innermost holding a text part. */
  private static String nestedMultiparts(int levels) {
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    for (int i = 0; i < levels; i++) {
      open.append("Content-Type: multipart/mixed; boundary=\"b")
          .append(i)
          .append("\"\r\n\r\n--b")
          .append(i)
          .append("\r\n");
      close.insert(0, "\r\n--b" + i + "--\r\n");
    }
    return open + "Content-Type: text/plain\r\n\r\ndeep inside" + close;
  }

  @Test
  void multipartsNestedTenThousandDeepAreCutAtTheDepthLimitWithoutStackOverflow() {
    ParsedMail mail = parser.parse(bytes(HEAD + nestedMultiparts(10_000)));

    assertThat(mail.subject()).isEqualTo("s");
    assertThat(mail.text()).doesNotContain("deep inside");
    assertThat(mail.problems())
        .extracting(Problem::text)
        .contains("MIME parts nested deeper than 32 levels; the rest of the message was not read");
    assertThat(mail.flagged()).isTrue();
  }

  @Test
  void multipartsNestedWithinTheLimitAreRead() {
    ParsedMail mail = parser.parse(bytes(HEAD + nestedMultiparts(20)));

    assertThat(mail.text()).isEqualTo("deep inside");
    assertThat(mail.problems()).isEmpty();
  }

  @Test
  void messagesAttachedInsideEachOtherStopAtTheDepthLimit() {
    String message = HEAD + "Content-Type: text/plain\r\n\r\ninnermost";
    for (int i = 0; i < 100; i++) {
      message = HEAD + "Content-Type: message/rfc822\r\n\r\n" + message;
    }

    ParsedMail mail = parser.parse(bytes(message));

    assertThat(mail.text()).doesNotContain("innermost");
    assertThat(mail.attachments()).hasSize(1);
    assertThat(mail.problems())
        .extracting(Problem::text)
        .anyMatch(t -> t.endsWith("attached message nested too deep; kept as a file but not read"));
    assertThat(mail.flagged()).isTrue();
  }

  @Test
  void aHugeHeaderLineIsCutAndFlaggedWhileTheRestIsRead() {
    String huge = "x".repeat(200_000);
    ParsedMail mail =
        parser.parse(
            bytes(
                "From: a@example.com\r\nSubject: "
                    + huge
                    + "\r\nMessage-ID: <huge@example.com>\r\n\r\nbody"));

    assertThat(mail.subject()).hasSize(Headers.MAX_VALUE_CHARS);
    assertThat(mail.messageId()).isEqualTo("huge@example.com");
    assertThat(mail.text()).isEqualTo("body");
    assertThat(mail.problems())
        .extracting(Problem::text)
        .contains("header Subject is 200000 characters long; cut to 16384");
    assertThat(mail.flagged()).isTrue();
  }

  @Test
  void tooManyHeaderFieldsAreIgnoredBeyondTheLimit() {
    String many = "X-Spam: 1\r\n".repeat(EntityTreeHandler.MAX_FIELDS + 10);
    ParsedMail mail = parser.parse(bytes(HEAD + many + "\r\nbody"));

    assertThat(mail.text()).isEqualTo("body");
    assertThat(mail.problems())
        .extracting(Problem::text)
        .contains("more than 1000 header fields in one part; the rest ignored");
  }

  @Test
  void aMessageOverTheByteCapIsCutAndFlagged() {
    byte[] raw = bytes(HEAD + "\r\n" + "line\r\n".repeat(1_000));

    ParsedMail mail = parser.parse(new ByteArrayInputStream(raw), 500, null);

    assertThat(mail.messageId()).isEqualTo("limits@example.com");
    assertThat(mail.problems())
        .extracting(Problem::text)
        .contains("message larger than 500 bytes; the rest was not read");
    assertThat(mail.flagged()).isTrue();
  }

  @Test
  void aMessageWithinTheByteCapIsReadWhole() {
    ParsedMail mail =
        parser.parse(new ByteArrayInputStream(bytes(HEAD + "\r\nhello")), 10_000, null);

    assertThat(mail.text()).isEqualTo("hello");
    assertThat(mail.flagged()).isFalse();
  }

  @Test
  void aStreamFailingHalfwayIsFlaggedWithWhatArrived() {
    InputStream first = new ByteArrayInputStream(bytes(HEAD + "\r\nthe first half"));
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            int b = first.read();
            if (b < 0) {
              throw new IOException("connection reset");
            }
            return b;
          }
        };

    ParsedMail mail = parser.parse(broken, 10_000, null);

    assertThat(mail.messageId()).isEqualTo("limits@example.com");
    assertThat(mail.text()).isEqualTo("the first half");
    assertThat(mail.problems())
        .extracting(Problem::text)
        .contains("the message could not be read completely: connection reset");
    assertThat(mail.flagged()).isTrue();
  }

  @Test
  void nullInputIsAnEmptyFlaggedMessage() {
    assertThat(parser.parse((byte[]) null).flagged()).isTrue();
  }

  @Test
  void anEmptyEnvelopeSenderMarksABounce() {
    ParsedMail mail = parser.parse(bytes(HEAD + "\r\nbody"), "");

    assertThat(mail.automatic()).isTrue();
    assertThat(mail.automaticReason()).isEqualTo("empty return path (a bounce)");
  }

  @Test
  void aPostmasterEnvelopeSenderIsAutomatic() {
    ParsedMail mail = parser.parse(bytes(HEAD + "\r\nbody"), "postmaster@example.com");

    assertThat(mail.automaticReason()).isEqualTo("sent by postmaster@example.com");
  }

  @Test
  void aPersonsMailWithAutoSubmittedNoIsNotAutomatic() {
    ParsedMail mail = parser.parse(bytes(HEAD + "Auto-Submitted: no\r\n\r\nbody"), "a@example.com");

    assertThat(mail.automatic()).isFalse();
    assertThat(mail.automaticReason()).isNull();
  }

  @Test
  void nulCharactersInABodyAreRemoved() {
    ParsedMail mail =
        parser.parse(bytes(HEAD + "Content-Type: text/plain; charset=utf-8\r\n\r\nab\0c"));

    assertThat(mail.text()).isEqualTo("abc");
    assertThat(mail.problems())
        .extracting(Problem::text)
        .containsExactly("NUL characters in the text body; removed");
  }

  @Test
  void aFromWithoutDomainIsNoUsableAddress() {
    ParsedMail mail = parser.parse(bytes("From: Someone <someone>\r\nMessage-ID: <x@y>\r\n\r\nhi"));

    assertThat(mail.from()).isNull();
    assertThat(mail.problems())
        .extracting(Problem::text)
        .containsExactly(
            "no Content-Type; read as text/plain",
            "\"someone\" in From is not a full address; ignored",
            "no usable address in From",
            "no Date");
    assertThat(mail.flagged()).isTrue();
  }

  @Test
  void anAlternativeWhosePlainSideIsMixedKeepsItsAttachment() {
    String mail =
        HEAD
            + "Content-Type: multipart/alternative; boundary=alt\r\n\r\n"
            + "--alt\r\nContent-Type: multipart/mixed; boundary=mix\r\n\r\n"
            + "--mix\r\nContent-Type: text/plain\r\n\r\nplain side\r\n"
            + "--mix\r\nContent-Type: text/csv; name=a.csv\r\n\r\n1,2\r\n--mix--\r\n"
            + "--alt\r\nContent-Type: text/html\r\n\r\n<p>rich side</p>\r\n--alt--\r\n";

    ParsedMail parsed = parser.parse(bytes(mail));

    assertThat(parsed.text()).isEqualTo("plain side");
    assertThat(parsed.html()).isEqualTo("<p>rich side</p>");
    assertThat(parsed.attachments()).extracting(MailPart::filename).containsExactly("a.csv");
  }

  @Test
  void aDepthLimitBelowTwoIsRefused() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new MailParser(1))
        .withMessageContaining("maxDepth");
  }
}
