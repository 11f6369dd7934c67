package dev.parley.channels.email.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.channels.email.smtp.SmtpScript.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real SMTP sessions against the listener on an ephemeral port, spoken by a scripted client. */
class SmtpSessionTest {

  static final String MESSAGE =
      "From: Customer <customer@example.org>\r\n"
          + "To: support@parley.test\r\n"
          + "Subject: My order\r\n"
          + "Message-ID: <order-1@example.org>\r\n"
          + "\r\n"
          + "Hello,\r\n"
          + ".a line that starts with a dot\r\n"
          + "..and one with two\r\n"
          + "Bye\r\n";

  private final MailDropDouble drop = new MailDropDouble();
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-05T10:15:30Z"), ZoneOffset.UTC);
  private MailListener listener;

  private int start() {
    listener =
        MailListener.start(
            ListenerSettings.builder().smtpPort(0).helloName("mx.parley.test").ioThreads(2).build(),
            drop,
            clock);
    return listener.smtpPort();
  }

  @AfterEach
  void stop() {
    if (listener != null) {
      listener.stop();
    }
  }

  @Test
  void greetsAndAdvertisesSizePipeliningAnd8BitMimeButNoStartTlsWithoutACertificate()
      throws IOException {
    try (SmtpScript smtp = SmtpScript.connect(start())) {
      Reply greeting = smtp.reply();
      assertThat(greeting.code()).isEqualTo(220);
      assertThat(greeting.text()).startsWith("mx.parley.test ESMTP");

      Reply ehlo = smtp.command("EHLO relay.example.org");

      assertThat(ehlo.code()).isEqualTo(250);
      assertThat(ehlo.lines())
          .contains("PIPELINING", "8BITMIME", "ENHANCEDSTATUSCODES", "SIZE 26214400")
          .doesNotContain("STARTTLS")
          .noneMatch(l -> l.startsWith("AUTH"));
    }
  }

  @Test
  void storesTheExactMessageBehindOurReceivedHeaderBeforeAnswering250() throws IOException {
    try (SmtpScript smtp = SmtpScript.open(start())) {
      smtp.envelope("EHLO relay.example.org", "customer@example.org", "support@parley.test");

      Reply reply = smtp.data(MESSAGE);

      assertThat(reply.code()).isEqualTo(250);
      assertThat(reply.text()).startsWith("2.0.0");
    }
    assertThat(drop.stored()).hasSize(1);
    MailDropDouble.Stored stored = drop.stored().get(0);
    assertThat(new String(stored.received(), StandardCharsets.UTF_8)).isEqualTo(MESSAGE);
    assertThat(stored.text())
        .startsWith(
            "Received: from relay.example.org ([127.0.0.1])\r\n"
                + "\tby mx.parley.test (Parley) with ESMTP id ")
        .contains("\r\n\tfor <support@parley.test>; Sat, 5 Dec 2026 10:15:30 +0000\r\nFrom: ");
    Envelope envelope = stored.envelope();
    assertThat(envelope.mailFrom()).isEqualTo("customer@example.org");
    assertThat(envelope.recipients()).containsExactly("support@parley.test");
    assertThat(envelope.helo()).isEqualTo("relay.example.org");
    assertThat(envelope.protocol()).isEqualTo(Envelope.Protocol.SMTP);
    assertThat(envelope.tls()).isFalse();
    assertThat(envelope.receivedAt()).isEqualTo(clock.instant());
    assertThat(envelope.remote().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
  }

  @Test
  void acceptsTheNullSenderOfABounce() throws IOException {
    try (SmtpScript smtp = SmtpScript.open(start())) {
      SmtpScript.expect(250, smtp.command("EHLO relay.example.org"));
      SmtpScript.expect(250, smtp.command("MAIL FROM:<>"));
      SmtpScript.expect(250, smtp.command("RCPT TO:<support@parley.test>"));

      assertThat(smtp.data(MESSAGE).code()).isEqualTo(250);
    }
    assertThat(drop.stored().get(0).envelope().nullSender()).isTrue();
  }

  @Test
  void answers451AndKeepsNothingWhenTheDropFails() throws IOException {
    drop.failWith(new IOException("database unavailable"));
    try (SmtpScript smtp = SmtpScript.open(start())) {
      smtp.envelope("EHLO relay.example.org", "customer@example.org", "support@parley.test");

      Reply reply = smtp.data(MESSAGE);

      assertThat(reply.code()).isEqualTo(451);
      assertThat(reply.text()).startsWith("4.3.0");
      // The session goes on: the sender may retry at once, and this time it is stored.
      drop.succeed();
      SmtpScript.expect(250, smtp.command("MAIL FROM:<customer@example.org>"));
      SmtpScript.expect(250, smtp.command("RCPT TO:<support@parley.test>"));
      assertThat(smtp.data(MESSAGE).code()).isEqualTo(250);
    }
    assertThat(drop.calls()).isEqualTo(2);
    assertThat(drop.stored()).hasSize(1);
  }

  @Test
  void answersARedelivery250WithoutASecondMessage() throws IOException {
    int port = start();
    for (int attempt = 0; attempt < 2; attempt++) {
      try (SmtpScript smtp = SmtpScript.open(port)) {
        smtp.envelope("EHLO relay.example.org", "customer@example.org", "support@parley.test");
        Reply reply = smtp.data(MESSAGE);
        assertThat(reply.code()).isEqualTo(250);
        if (attempt == 1) {
          assertThat(reply.text()).contains("already stored");
        }
      }
    }
    assertThat(drop.calls()).isEqualTo(2);
    assertThat(drop.stored()).hasSize(1);
  }

  @Test
  void doesNotAnswerBeforeTheDropHasReturned() throws Exception {
    drop.hold();
    try (SmtpScript smtp = SmtpScript.open(start())) {
      smtp.envelope("EHLO relay.example.org", "customer@example.org", "support@parley.test");
      SmtpScript.expect(354, smtp.command("DATA"));
      smtp.raw(SmtpScript.stuffed(MESSAGE));
      CompletableFuture<Reply> reply =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return smtp.reply();
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              });
      assertThat(drop.awaitHolding()).isTrue();
      assertThat(reply).isNotDone();
      assertThat(drop.stored()).isEmpty();

      drop.release();

      assertThat(reply.get().code()).isEqualTo(250);
      assertThat(drop.stored()).hasSize(1);
    }
  }

  @Test
  void answersPipelinedCommandsInOrder() throws IOException {
    try (SmtpScript smtp = SmtpScript.open(start())) {
      SmtpScript.expect(250, smtp.command("EHLO relay.example.org"));
      smtp.raw(
          ("MAIL FROM:<customer@example.org>\r\n"
                  + "RCPT TO:<support@parley.test>\r\n"
                  + "RCPT TO:<sales@parley.test>\r\n"
                  + "DATA\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      assertThat(smtp.reply().code()).isEqualTo(250);
      assertThat(smtp.reply().code()).isEqualTo(250);
      assertThat(smtp.reply().code()).isEqualTo(250);
      assertThat(smtp.reply().code()).isEqualTo(354);
      // The message, its end, and the next transaction in one write.
      byte[] message = SmtpScript.stuffed(MESSAGE);
      byte[] next = "RSET\r\nNOOP\r\nQUIT\r\n".getBytes(StandardCharsets.US_ASCII);
      byte[] both = new byte[message.length + next.length];
      System.arraycopy(message, 0, both, 0, message.length);
      System.arraycopy(next, 0, both, message.length, next.length);
      smtp.raw(both);
      assertThat(smtp.reply().code()).isEqualTo(250);
      assertThat(smtp.reply().code()).isEqualTo(250);
      assertThat(smtp.reply().code()).isEqualTo(250);
      assertThat(smtp.reply().code()).isEqualTo(221);
    }
    assertThat(drop.stored()).hasSize(1);
    assertThat(drop.stored().get(0).envelope().recipients())
        .containsExactly("support@parley.test", "sales@parley.test");
  }

  @Test
  void keepsBareLineFeedsAnd8BitBytesAsSentAndEndsOnlyAtCrLfDotCrLf() throws IOException {
    byte[] body =
        ("Subject: caf\u00e9 \u041f\u0440\u0438\u0432\u0435\u0442\r\n"
                + "\r\n"
                + "bare\nline feeds\n.\r\n"
                + "still the same message\r\n")
            .getBytes(StandardCharsets.UTF_8);
    try (SmtpScript smtp = SmtpScript.open(start())) {
      smtp.envelope("EHLO relay.example.org", "customer@example.org", "support@parley.test");
      SmtpScript.expect(354, smtp.command("DATA"));
      smtp.raw(body);
      smtp.raw(".\r\n".getBytes(StandardCharsets.US_ASCII));

      assertThat(smtp.reply().code()).isEqualTo(250);
    }
    assertThat(drop.stored()).hasSize(1);
    // The dot line after a bare LF is content (its dot removed as any leading dot), not the end.
    String expected = new String(body, StandardCharsets.UTF_8).replace("\n.\r\n", "\n\r\n");
    assertThat(new String(drop.stored().get(0).received(), StandardCharsets.UTF_8))
        .isEqualTo(expected);
  }

  @Test
  void cannotBeMadeToEndAMessageEarlyWithABareLineFeedDot() throws IOException {
    // SMTP smuggling: <LF>.<CRLF> then a second transaction hidden in the first message.
    String smuggling =
        "Subject: outer\r\n\r\nouter body\n.\r\n"
            + "MAIL FROM:<evil@example.org>\r\nRCPT TO:<support@parley.test>\r\nDATA\r\n"
            + "Subject: smuggled\r\n\r\nsmuggled\r\n";
    try (SmtpScript smtp = SmtpScript.open(start())) {
      smtp.envelope("EHLO relay.example.org", "customer@example.org", "support@parley.test");
      SmtpScript.expect(354, smtp.command("DATA"));
      smtp.raw(smuggling.getBytes(StandardCharsets.US_ASCII));
      smtp.raw(".\r\n".getBytes(StandardCharsets.US_ASCII));

      assertThat(smtp.reply().code()).isEqualTo(250);
      assertThat(smtp.command("NOOP").code()).isEqualTo(250);
    }
    assertThat(drop.stored())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.envelope().mailFrom()).isEqualTo("customer@example.org");
              assertThat(s.text()).contains("Subject: outer").contains("Subject: smuggled");
            });
  }

  @Test
  void namesPlainSmtpInTheReceivedHeaderAfterHelo() throws IOException {
    try (SmtpScript smtp = SmtpScript.open(start())) {
      smtp.envelope("HELO old.example.org", "customer@example.org", "support@parley.test");
      assertThat(smtp.data(MESSAGE).code()).isEqualTo(250);
    }
    assertThat(drop.stored().get(0).text())
        .startsWith(
            "Received: from old.example.org ([127.0.0.1])\r\n\tby mx.parley.test (Parley) with SMTP id ");
  }

  @Test
  void storesNothingFromAConnectionDroppedInTheMiddleOfData() throws IOException {
    int port = start();
    try (SmtpScript smtp = SmtpScript.open(port)) {
      smtp.envelope("EHLO relay.example.org", "customer@example.org", "support@parley.test");
      SmtpScript.expect(354, smtp.command("DATA"));
      smtp.raw("Subject: cut short\r\n\r\nhalf a mess".getBytes(StandardCharsets.US_ASCII));
    }
    try (SmtpScript smtp = SmtpScript.open(port)) {
      smtp.envelope("EHLO relay.example.org", "customer@example.org", "support@parley.test");
      assertThat(smtp.data(MESSAGE).code()).isEqualTo(250);
    }
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(10))
        .until(() -> listener.openConnections() == 0);
    assertThat(drop.calls()).isEqualTo(1);
    assertThat(drop.stored())
        .singleElement()
        .satisfies(s -> assertThat(s.text()).contains("My order"));
  }

  @Test
  void refusesDataWithoutRecipientsAndUnknownCommands() throws IOException {
    try (SmtpScript smtp = SmtpScript.open(start())) {
      SmtpScript.expect(250, smtp.command("EHLO relay.example.org"));
      assertThat(smtp.command("VRFY support").code()).isEqualTo(500);
      assertThat(smtp.command("RCPT TO:<support@parley.test>").code()).isEqualTo(503);
      SmtpScript.expect(250, smtp.command("MAIL FROM:<customer@example.org>"));
      assertThat(smtp.command("DATA").code()).isEqualTo(503);
    }
    assertThat(drop.calls()).isZero();
  }

  @Test
  void answersAnOverlongCommandLine500AndCarriesOn() throws IOException {
    try (SmtpScript smtp = SmtpScript.open(start())) {
      assertThat(smtp.command("EHLO " + "x".repeat(10_000)).code()).isEqualTo(500);
      assertThat(smtp.command("EHLO relay.example.org").code()).isEqualTo(250);
    }
  }

  @Test
  void keepsAMessageLineLongerThanTheCommandLimitWhole() throws IOException {
    String longLine = "y".repeat(50_000);
    String message = "Subject: long\r\n\r\n" + longLine + "\r\n";
    try (SmtpScript smtp = SmtpScript.open(start())) {
      smtp.envelope("EHLO relay.example.org", "customer@example.org", "support@parley.test");
      assertThat(smtp.data(message).code()).isEqualTo(250);
    }
    assertThat(new String(drop.stored().get(0).received(), StandardCharsets.US_ASCII))
        .isEqualTo(message);
  }
}
