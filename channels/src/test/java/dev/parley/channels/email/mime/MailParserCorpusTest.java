package dev.parley.channels.email.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message of src/test/resources/mail-corpus (see its README.md): the exact facts parsed, or
 * the problems that flag it.
 */
class MailParserCorpusTest {

  private final MailParser parser = new MailParser();

  static byte[] corpus(String file) {
    try (InputStream in = MailParserCorpusTest.class.getResourceAsStream("/mail-corpus/" + file)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ParsedMail parse(String file) {
    return parser.parse(corpus(file));
  }

  static Stream<String> corpusFiles() throws IOException, URISyntaxException {
    Path folder = Path.of(MailParserCorpusTest.class.getResource("/mail-corpus").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".eml"))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static List<String> texts(ParsedMail mail) {
    return mail.problems().stream().map(Problem::text).toList();
  }

  @ParameterizedTest
  @MethodSource("corpusFiles")
  void everyCorpusMessageEndsParsedOrFlaggedAndIsDescribed(String file) throws Exception {
    assertThatCode(() -> parse(file)).doesNotThrowAnyException();
    ParsedMail mail = parse(file);
    assertThat(mail.flagged() || mail.from() != null).as("clean messages have a sender").isTrue();
    String readme = new String(corpus("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).as("README.md describes " + file).contains("| " + file + " |");
    for (String value : headerStrings(mail)) {
      assertThat(value).doesNotContain("\r", "\n", "\0");
    }
  }

  private static List<String> headerStrings(ParsedMail mail) {
    Stream<MailAddress> addresses =
        Stream.of(
                Stream.ofNullable(mail.from()),
                Stream.ofNullable(mail.sender()),
                mail.replyTo().stream(),
                mail.to().stream(),
                mail.cc().stream())
            .flatMap(s -> s);
    Stream<String> strings =
        Stream.of(
                Stream.ofNullable(mail.subject()),
                Stream.ofNullable(mail.messageId()),
                mail.inReplyTo().stream(),
                mail.references().stream(),
                addresses.flatMap(a -> Stream.ofNullable(a.name())),
                mail.attachments().stream().map(MailPart::filename))
            .flatMap(s -> s);
    return strings.toList();
  }

  @Test
  void plainUtf8MessageHasEveryAddressAndThreadingHeaderDecoded() {
    ParsedMail mail = parse("plain-utf8.eml");

    assertThat(mail.messageId()).isEqualTo("plain-utf8.1@example.de");
    assertThat(mail.inReplyTo()).containsExactly("ticket-1234@parley.test");
    assertThat(mail.references()).containsExactly("first@parley.test", "ticket-1234@parley.test");
    assertThat(mail.subject()).isEqualTo("Bestellung Nr. 42 – Lieferung verspätet 📦");
    assertThat(mail.from()).isEqualTo(new MailAddress("juergen@example.de", "Jürgen Müller"));
    assertThat(mail.sender()).isEqualTo(new MailAddress("robot@example.de", "Helpdesk Robot"));
    assertThat(mail.replyTo())
        .containsExactly(new MailAddress("reply@example.de", "Mueller, Juergen"));
    assertThat(mail.to())
        .containsExactly(
            new MailAddress("support@parley.test", "Support"),
            new MailAddress("sales@parley.test", null));
    assertThat(mail.cc()).containsExactly(new MailAddress("ivan@example.ru", "Иван Петров"));
    assertThat(mail.date()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
    assertThat(mail.text())
        .isEqualTo(
            "Guten Tag,\n\nmeine Bestellung ist noch nicht angekommen. Grüße aus München!\n");
    assertThat(mail.html()).isNull();
    assertThat(mail.attachments()).isEmpty();
    assertThat(mail.automatic()).isFalse();
    assertThat(mail.problems()).isEmpty();
  }

  @Test
  void windows1251BodyAndSubjectAreRussian() {
    assertCharset(
        "charset-windows-1251.eml",
        "Заказ не пришёл",
        "Здравствуйте! Мой заказ до сих пор не пришёл.\n");
  }

  @Test
  void koi8rBodyAndSubjectAreRussian() {
    assertCharset("charset-koi8-r.eml", "Вопрос по счёту", "Добрый день, прошу проверить счёт.\n");
  }

  @Test
  void iso88591BodyAndSubjectKeepTheirAccents() {
    assertCharset(
        "charset-iso-8859-1.eml",
        "Ça coûte très cher",
        "Bonjour, la facture est fausse. Grüße, Åsa\n");
  }

  @Test
  void iso88592BodyAndSubjectArePolishAndCzech() {
    assertCharset(
        "charset-iso-8859-2.eml",
        "Zażółć gęślą jaźń",
        "Dzień dobry, proszę o zwrot. Příliš žluťoučký kůň.\n");
  }

  @Test
  void iso88595BodyAndSubjectAreRussian() {
    assertCharset("charset-iso-8859-5.eml", "Счёт за декабрь", "Прошу выслать счёт.\n");
  }

  @Test
  void iso885915HasTheEuroSign() {
    assertCharset("charset-iso-8859-15.eml", "Preis 100 €", "Der Preis beträgt 100 € (Œuvre).\n");
  }

  @Test
  void iso2022jpBodyAndSubjectAreJapanese() {
    assertCharset("charset-iso-2022-jp.eml", "注文について", "こんにちは。注文の確認をお願いします。\n");
  }

  @Test
  void gb2312BodyAndSubjectAreChinese() {
    assertCharset("charset-gb2312.eml", "订单问题", "您好，我的订单还没有到。\n");
  }

  @Test
  void gbkBodyAndSubjectAreChinese() {
    assertCharset("charset-gbk.eml", "退款申请", "你好，请帮我办理退款，谢谢。\n");
  }

  private void assertCharset(String file, String subject, String text) {
    ParsedMail mail = parse(file);
    assertThat(mail.subject()).isEqualTo(subject);
    assertThat(mail.text()).isEqualTo(text);
    assertThat(mail.messageId()).isEqualTo(file + "@example.com");
    assertThat(mail.problems()).isEmpty();
  }

  @Test
  void encodedWordsInThreeCharsetsMixWithPlainTextInOneSubject() {
    ParsedMail mail = parse("mixed-charset-subject.eml");

    assertThat(mail.subject()).isEqualTo("Re: Счёт und Café [#1234] — 完了");
    assertThat(mail.from()).isEqualTo(new MailAddress("petr@example.com", "Пётр Müller"));
    assertThat(mail.problems()).isEmpty();
  }

  @Test
  void alternativeGivesThePlainTextAndTheHtml() {
    ParsedMail mail = parse("alternative.eml");

    assertThat(mail.text()).isEqualTo("Hello in plain text.");
    assertThat(mail.html()).isEqualTo("<html><body><p>Hello in <b>HTML</b>.</p></body></html>");
    assertThat(mail.attachments()).isEmpty();
    assertThat(mail.problems()).isEmpty();
  }

  @Test
  void mixedKeepsThePdfAttachmentByteForByte() {
    ParsedMail mail = parse("mixed-attachment.eml");

    assertThat(mail.text()).isEqualTo("Please see the attached invoice.");
    assertThat(mail.attachments())
        .extracting(MailPart::filename, MailPart::contentType, MailPart::size, MailPart::inline)
        .containsExactly(tuple("report.pdf", "application/pdf", 1040L, false));
    byte[] pdf = mail.attachments().get(0).content();
    assertThat(new String(pdf, 0, 9, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4\n");
    assertThat(pdf[9 + 255]).isEqualTo((byte) 255);
    assertThat(mail.problems()).isEmpty();
  }

  @Test
  void relatedHtmlKeepsItsInlineImageByContentId() {
    ParsedMail mail = parse("related-inline-image.eml");

    assertThat(mail.text()).isEqualTo("Our logo is above.");
    assertThat(mail.html()).contains("<img src=\"cid:logo@parley.test\" alt=\"logo\">");
    assertThat(mail.attachments())
        .extracting(
            MailPart::filename,
            MailPart::contentType,
            MailPart::contentId,
            MailPart::inline,
            MailPart::size)
        .containsExactly(tuple("image-1.png", "image/png", "logo@parley.test", true, 70L));
    assertThat(mail.problems()).isEmpty();
  }

  @Test
  void forwardedMessageIsKeptAsEmlAndItsTextQuoted() {
    ParsedMail mail = parse("forwarded-rfc822.eml");

    assertThat(mail.subject()).isEqualTo("Fwd: question");
    assertThat(mail.text())
        .isEqualTo(
            """
            See the question below.

            ---------- Forwarded message ----------
            From: Original Sender <orig@example.org>
            Date: 2026-11-30T08:00:00Z
            Subject: Ursprüngliche Frage
            To: customer@example.com

            > Wann kommt die Lieferung? Grüße""");
    MailPart eml = mail.attachments().get(0);
    assertThat(eml.filename()).isEqualTo("message-1.eml");
    assertThat(eml.contentType()).isEqualTo("message/rfc822");
    assertThat(new String(eml.content(), StandardCharsets.US_ASCII))
        .startsWith("From: Original Sender <orig@example.org>\r\n");
    assertThat(new MailParser().parse(eml.content()).messageId()).isEqualTo("inner@example.org");
    assertThat(mail.problems()).isEmpty();
  }

  @Test
  void rfc2231FilenamesAreDecodedAndPathsRemoved() {
    ParsedMail mail = parse("rfc2231-filenames.eml");

    assertThat(mail.text()).isEqualTo("Three files.");
    assertThat(mail.attachments())
        .extracting(MailPart::filename, MailPart::contentType, MailPart::size)
        .containsExactly(
            tuple("€ rates 2026+v2.pdf", "application/pdf", 4L),
            tuple("Отчёт за декабрь.txt", "text/plain", 11L),
            tuple("Übersicht.xlsx", "application/octet-stream", 4L),
            tuple("passwd", "application/octet-stream", 10L));
    assertThat(mail.problems()).isEmpty();
  }

  @Test
  void withoutFromTheMessageIsFlagged() {
    ParsedMail mail = parse("missing-from.eml");

    assertThat(mail.from()).isNull();
    assertThat(mail.text()).isEqualTo("Nobody sent this.\n");
    assertThat(texts(mail)).containsExactly("no From");
    assertThat(mail.flagged()).isTrue();
  }

  @Test
  void withoutMessageIdAndDateTheMessageIsNotedButNotFlagged() {
    ParsedMail mail = parse("missing-message-id-and-date.eml");

    assertThat(mail.messageId()).isNull();
    assertThat(mail.date()).isNull();
    assertThat(mail.text()).isEqualTo("Sent by a script.\n");
    assertThat(texts(mail)).containsExactly("no Message-ID", "no Date");
    assertThat(mail.flagged()).isFalse();
  }

  @Test
  void withoutContentTypeTheBodyIsReadAsText() {
    ParsedMail mail = parse("missing-content-type.eml");

    assertThat(mail.text()).isEqualTo("Grüße ohne MIME.\n");
    assertThat(texts(mail))
        .containsExactly(
            "no Content-Type; read as text/plain",
            "the text/plain body has 8-bit bytes but no charset; read as UTF-8");
    assertThat(mail.flagged()).isFalse();
  }

  @Test
  void aMissingClosingBoundaryKeepsWhatArrivedAndIsFlagged() {
    ParsedMail mail = parse("broken-boundary-unclosed.eml");

    assertThat(mail.text()).isEqualTo("The text part is fine.");
    assertThat(mail.attachments())
        .extracting(MailPart::filename, MailPart::size)
        .containsExactly(tuple("cut.pdf", 300L));
    assertThat(texts(mail))
        .containsExactly(
            "broken MIME boundary: closing boundary missing (the last part may be cut short)");
    assertThat(mail.flagged()).isTrue();
  }

  @Test
  void aBoundaryThatNeverAppearsShowsTheRawContentAndIsFlagged() {
    ParsedMail mail = parse("broken-boundary-absent.eml");

    assertThat(mail.text()).contains("Text the sender meant to send.");
    assertThat(texts(mail))
        .contains(
            "broken MIME boundary: no part found in multipart/mixed; its raw content is shown as text");
    assertThat(mail.flagged()).isTrue();
  }

  @Test
  void aMultipartWithoutBoundaryIsReadAsTextAndFlagged() {
    ParsedMail mail = parse("multipart-without-boundary.eml");

    assertThat(mail.text()).isEqualTo("Just some text.\n");
    assertThat(texts(mail))
        .containsExactly("Content-Type multipart/mixed without a usable boundary; read as text");
    assertThat(mail.flagged()).isTrue();
  }

  @Test
  void utf8DeclaredAsLatin1IsReadAsUtf8() {
    ParsedMail mail = parse("wrong-charset-latin1-is-utf8.eml");

    assertThat(mail.text()).isEqualTo("Привет, это UTF-8.\n");
    assertThat(texts(mail))
        .containsExactly("the text/plain body is declared iso-8859-1 but is UTF-8; read as UTF-8");
    assertThat(mail.flagged()).isFalse();
  }

  @Test
  void windows1252DeclaredAsUtf8IsReadAsWindows1252() {
    ParsedMail mail = parse("wrong-charset-utf8-is-cp1252.eml");

    assertThat(mail.text()).isEqualTo("Un café à 3 € s’il vous plaît.\n");
    assertThat(texts(mail))
        .containsExactly("the text/plain body is not valid UTF-8; read as windows-1252");
    assertThat(mail.flagged()).isFalse();
  }

  @Test
  void anUnknownCharsetIsFlaggedAndReadAsWindows1252() {
    ParsedMail mail = parse("unknown-charset.eml");

    assertThat(mail.text()).isEqualTo("Qaplaé café\n");
    assertThat(mail.subject()).isEqualTo("Known part =?x-klingon?Q?tlhIngan?=");
    assertThat(texts(mail))
        .containsExactly(
            "unknown charset \"x-klingon\" in the text/plain body; read as windows-1252",
            "unknown charset \"x-klingon\" in header Subject; that part left encoded");
    assertThat(mail.flagged()).isTrue();
  }

  @Test
  void lineBreaksAndNulsSmuggledIntoHeadersAreRemovedAndFlagged() {
    ParsedMail mail = parse("header-injection.eml");

    assertThat(mail.subject()).isEqualTo("Hello Bcc: victim@example.com");
    assertThat(mail.from())
        .isEqualTo(new MailAddress("evil@example.com", "Evil Bcc: victim@example.com"));
    assertThat(texts(mail))
        .containsExactly(
            "header From contained CR, LF, NUL or other control characters (a header injection attempt?); removed",
            "header Subject contained CR, LF, NUL or other control characters (a header injection attempt?); removed");
    assertThat(mail.flagged()).isTrue();
  }

  @Test
  void htmlOnlyMailGetsAPlainTextRenderingWithoutScripts() {
    ParsedMail mail = parse("html-hostile.eml");

    assertThat(mail.text()).isEqualTo("Dear agent,\n\nclick\nRed text\n\nRegards");
    assertThat(mail.html()).contains("<script>alert('xss')</script>"); // raw, for the sanitizer
    assertThat(mail.problems()).isEmpty();
  }

  @Test
  void raw8BitUtf8HeadersAreReadAsUtf8() {
    ParsedMail mail = parse("headers-8bit-utf8.eml");

    assertThat(mail.subject()).isEqualTo("Grüße – Rückfrage");
    assertThat(mail.from()).isEqualTo(new MailAddress("juergen@example.de", "Jürgen Müller"));
    assertThat(texts(mail))
        .containsExactly(
            "8-bit bytes in header From; read as UTF-8",
            "8-bit bytes in header Subject; read as UTF-8");
    assertThat(mail.flagged()).isFalse();
  }

  @Test
  void raw8BitLatin1HeadersAreReadAsWindows1252() {
    ParsedMail mail = parse("headers-8bit-latin1.eml");

    assertThat(mail.subject()).isEqualTo("Grüße aus Köln");
    assertThat(mail.text()).isEqualTo("Schöne Grüße\n");
    assertThat(texts(mail)).containsExactly("8-bit bytes in header Subject; read as windows-1252");
    assertThat(mail.flagged()).isFalse();
  }

  @Test
  void bareLineFeedsParseLikeCrlf() {
    ParsedMail mail = parse("bare-lf.eml");

    assertThat(mail.subject()).isEqualTo("Unix line endings");
    assertThat(mail.text()).isEqualTo("Line one.\nLine two.");
    assertThat(mail.attachments())
        .extracting(MailPart::filename, MailPart::contentType, MailPart::size)
        .containsExactly(tuple("data.csv", "text/csv", 7L));
    assertThat(mail.problems()).isEmpty();
  }

  @Test
  void anEmptyMessageIsFlagged() {
    ParsedMail mail = parse("empty.eml");

    assertThat(mail.text()).isEmpty();
    assertThat(texts(mail)).containsExactly("empty message (0 bytes)", "no From");
    assertThat(mail.flagged()).isTrue();
  }

  @Test
  void randomBytesAreFlaggedAsNotAMessage() {
    ParsedMail mail = parse("garbage.eml");

    assertThat(mail.from()).isNull();
    assertThat(mail.text()).doesNotContain("\0");
    assertThat(texts(mail))
        .contains("no header fields: this does not look like an e-mail message", "no From");
    assertThat(mail.flagged()).isTrue();
  }

  @Test
  void anOutOfOfficeReplyIsAutomatic() {
    ParsedMail mail = parse("auto-replied.eml");

    assertThat(mail.automatic()).isTrue();
    assertThat(mail.automaticReason()).isEqualTo("Auto-Submitted: auto-replied");
    assertThat(mail.subject()).isEqualTo("Out of office: Your ticket [#1234]");
    assertThat(mail.problems()).isEmpty();
  }

  @Test
  void listMailIsAutomatic() {
    ParsedMail mail = parse("mailing-list.eml");

    assertThat(mail.automatic()).isTrue();
    assertThat(mail.automaticReason()).isEqualTo("Precedence: list");
    assertThat(mail.problems()).isEmpty();
  }

  @Test
  void aDeliveryReportIsAutomaticWithItsPartsKept() {
    ParsedMail mail = parse("bounce-report.eml");

    assertThat(mail.automatic()).isTrue();
    assertThat(mail.automaticReason()).isEqualTo("delivery or read report (multipart/report)");
    assertThat(mail.from()).isEqualTo(new MailAddress("MAILER-DAEMON@mx.example.com", null));
    assertThat(mail.text()).isEqualTo("Your message could not be delivered.");
    assertThat(mail.attachments())
        .extracting(MailPart::filename, MailPart::contentType)
        .containsExactly(
            tuple("message-1.txt", "message/delivery-status"),
            tuple("attachment-2.txt", "text/rfc822-headers"));
    assertThat(mail.problems()).isEmpty();
  }

  @Test
  void aHugeSubjectLineIsCutAndFlagged() {
    ParsedMail mail = parse("huge-header.eml");

    assertThat(mail.subject())
        .hasSizeBetween(Headers.MAX_VALUE_CHARS - 1, Headers.MAX_VALUE_CHARS)
        .startsWith("Re: spam spam");
    assertThat(mail.messageId()).isEqualTo("huge@example.com");
    assertThat(mail.text()).isEqualTo("Body after a 25,000-character Subject line.\n");
    assertThat(texts(mail))
        .containsExactly("header Subject is 25003 characters long; cut to 16384");
    assertThat(mail.flagged()).isTrue();
  }

  @Test
  void damagedBase64KeepsWhatDecodesAndIsNoted() {
    ParsedMail mail = parse("base64-damaged.eml");

    assertThat(mail.text()).startsWith("Hallo Welt, alles gut");
    assertThat(texts(mail)).containsExactly("damaged base64 content; the bad bytes were skipped");
    assertThat(mail.flagged()).isFalse();
  }
}
