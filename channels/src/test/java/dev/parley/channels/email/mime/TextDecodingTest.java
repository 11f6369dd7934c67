package dev.parley.channels.email.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

  private final Problems problems = new Problems();

  @Test
  void gb2312MailWithAGbkOnlyCharacterIsReadAsGbk() {
    byte[] bytes = "张喆".getBytes(Charset.forName("GBK")); // 喆 is in GBK, not in GB2312

    assertThat(TextDecoding.decode(bytes, "gb2312", "body", problems)).isEqualTo("张喆");
    assertThat(problems.list()).isEmpty();
  }

  @Test
  void latin1MailWithWindowsQuotesKeepsThem() {
    byte[] bytes = "“quoted” – dash".getBytes(Charset.forName("windows-1252"));

    assertThat(TextDecoding.decode(bytes, "ISO-8859-1", "body", problems))
        .isEqualTo("“quoted” – dash");
    assertThat(problems.list()).isEmpty();
  }

  @Test
  void koreanDeclaredTheOutlookWayIsRead() {
    byte[] bytes = "안녕하세요".getBytes(Charset.forName("x-windows-949"));

    assertThat(TextDecoding.decode(bytes, "ks_c_5601-1987", "body", problems)).isEqualTo("안녕하세요");
    assertThat(problems.list()).isEmpty();
  }

  @Test
  void aGb2312EncodedWordWithAGbkOnlyCharacterIsReadAsGbk() {
    byte[] mail =
        "From: a@example.com\r\nSubject: =?gb2312?B?1cWGtA==?=\r\n\r\nbody"
            .getBytes(StandardCharsets.US_ASCII);

    assertThat(new MailParser().parse(mail).subject()).isEqualTo("张喆");
  }

  @Test
  void asciiOnlyBytesNeedNoCharset() {
    assertThat(
            TextDecoding.decode(
                "plain".getBytes(Charset.forName("US-ASCII")), null, "body", problems))
        .isEqualTo("plain");
    assertThat(problems.list()).isEmpty();
  }
}
