package dev.parley.channels.email.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.channels.email.smtp.SmtpScript.Reply;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each limit of {@link ListenerSettings}, with the reply a sending server gets for it. */
class ListenerLimitsTest {

  /** A clock the test moves. */
  static final class TestClock extends Clock {
    private volatile Instant now = Instant.parse("2026-12-05T10:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  private final MailDropDouble drop = new MailDropDouble();
  private final TestClock clock = new TestClock();
  private MailListener listener;

  private int start(UnaryOperator<ListenerSettings.Builder> settings) {
    listener =
        MailListener.start(
            settings.apply(ListenerSettings.builder().smtpPort(0).ioThreads(2)).build(),
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
  void refusesADeclaredSizeOverTheLimitAtMail() throws IOException {
    try (SmtpScript smtp = SmtpScript.open(start(s -> s.maxMessageBytes(10_000)))) {
      assertThat(smtp.command("EHLO relay.example.org").lines()).contains("SIZE 10000");

      Reply over = smtp.command("MAIL FROM:<customer@example.org> SIZE=10001");
      Reply within = smtp.command("MAIL FROM:<customer@example.org> SIZE=10000");

      assertThat(over.code()).isEqualTo(552);
      assertThat(over.text()).startsWith("5.3.4");
      assertThat(within.code()).isEqualTo(250);
    }
  }

  @Test
  void refusesAMessageOverTheLimitAtTheEndOfDataAndStoresNothing() throws IOException {
    try (SmtpScript smtp = SmtpScript.open(start(s -> s.maxMessageBytes(10_000)))) {
      smtp.envelope("EHLO relay.example.org", "customer@example.org", "support@parley.test");

      Reply tooBig = smtp.data("Subject: big\r\n\r\n" + "z".repeat(78).concat("\r\n").repeat(200));

      assertThat(tooBig.code()).isEqualTo(552);
      assertThat(tooBig.text()).startsWith("5.3.4");
      // Drained: the session is in step and takes the next message.
      SmtpScript.expect(250, smtp.command("MAIL FROM:<customer@example.org>"));
      SmtpScript.expect(250, smtp.command("RCPT TO:<support@parley.test>"));
      assertThat(smtp.data("Subject: small\r\n\r\nok\r\n").code()).isEqualTo(250);
    }
    assertThat(drop.stored())
        .singleElement()
        .satisfies(s -> assertThat(s.text()).contains("small"));
  }

  @Test
  void answersTheRecipientAfterTheLimit452() throws IOException {
    try (SmtpScript smtp = SmtpScript.open(start(s -> s.maxRecipients(3)))) {
      smtp.envelope(
          "EHLO relay.example.org", "customer@example.org", "a@p.test", "b@p.test", "c@p.test");

      Reply fourth = smtp.command("RCPT TO:<d@p.test>");

      assertThat(fourth.code()).isEqualTo(452);
      assertThat(fourth.text()).startsWith("4.5.3");
      assertThat(smtp.data("Subject: three\r\n\r\nx\r\n").code()).isEqualTo(250);
    }
    assertThat(drop.stored().get(0).envelope().recipients()).hasSize(3);
  }

  @Test
  void refusesAClientOutsideTheRelayNetworksAtConnect() throws IOException {
    int port = start(s -> s.relays(List.of("10.0.0.0/8", "2001:db8::/32")));
    try (SmtpScript smtp = SmtpScript.connect(port)) {
      Reply refusal = smtp.reply();

      assertThat(refusal.code()).isEqualTo(554);
      assertThat(refusal.text()).startsWith("5.7.1");
      assertThat(smtp.closedByServer()).isTrue();
    }
    assertThat(drop.calls()).isZero();
  }

  @Test
  void acceptsOnlyTheConfiguredRecipientDomainsAndAddresses() throws IOException {
    int port = start(s -> s.acceptedRecipients(List.of("parley.test", "sales@other.test")));
    try (SmtpScript smtp = SmtpScript.open(port)) {
      SmtpScript.expect(250, smtp.command("EHLO relay.example.org"));
      SmtpScript.expect(250, smtp.command("MAIL FROM:<customer@example.org>"));

      assertThat(smtp.command("RCPT TO:<support@parley.test>").code()).isEqualTo(250);
      assertThat(smtp.command("RCPT TO:<SALES@other.test>").code()).isEqualTo(250);
      Reply elsewhere = smtp.command("RCPT TO:<victim@elsewhere.test>");
      assertThat(elsewhere.code()).isEqualTo(550);
      assertThat(elsewhere.text()).startsWith("5.7.1");
      assertThat(smtp.command("RCPT TO:<support@other.test>").code()).isEqualTo(550);
    }
  }

  @Test
  void limitsMessagesPerMinuteFromOneHost() throws IOException {
    try (SmtpScript smtp = SmtpScript.open(start(s -> s.messagesPerMinutePerHost(3)))) {
      SmtpScript.expect(250, smtp.command("EHLO relay.example.org"));
      for (int i = 0; i < 3; i++) {
        SmtpScript.expect(250, smtp.command("MAIL FROM:<customer@example.org>"));
        SmtpScript.expect(250, smtp.command("RCPT TO:<support@parley.test>"));
        SmtpScript.expect(250, smtp.data("Subject: " + i + "\r\n\r\nx\r\n"));
      }

      Reply fourth = smtp.command("MAIL FROM:<customer@example.org>");

      assertThat(fourth.code()).isEqualTo(451);
      assertThat(fourth.text()).startsWith("4.7.0").contains("127.0.0.1").contains("3 a minute");
      clock.advance(Duration.ofSeconds(61));
      SmtpScript.expect(250, smtp.command("MAIL FROM:<customer@example.org>"));
    }
    assertThat(drop.stored()).hasSize(3);
  }

  @Test
  void refusesConnectionsOverThePerAddressLimit421() throws IOException {
    int port = start(s -> s.maxConnections(10).maxConnectionsPerIp(2));
    List<SmtpScript> open = new ArrayList<>();
    try {
      open.add(SmtpScript.open(port));
      open.add(SmtpScript.open(port));
      try (SmtpScript third = SmtpScript.connect(port)) {
        Reply refusal = third.reply();

        assertThat(refusal.code()).isEqualTo(421);
        assertThat(refusal.text()).startsWith("4.7.0");
        assertThat(third.closedByServer()).isTrue();
      }
      // The first two still work.
      assertThat(open.get(0).command("NOOP").code()).isEqualTo(250);
    } finally {
      for (SmtpScript script : open) {
        script.close();
      }
    }
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> listener.openConnections() == 0);
    try (SmtpScript again = SmtpScript.open(port)) {
      assertThat(again.command("NOOP").code()).isEqualTo(250);
    }
  }

  @Test
  void closesAnIdleConnection() throws IOException {
    try (SmtpScript smtp = SmtpScript.open(start(s -> s.idleTimeout(Duration.ofSeconds(1))))) {
      assertThat(smtp.closedByServer()).isTrue();
    }
  }

  @Test
  void disconnectsCommandsSmuggledBehindStartTlsInTheSamePacket() throws IOException {
    int port =
        start(
            s ->
                s.tls(
                    new ListenerSettings.TlsSettings(
                        StartTlsTest.resource("listener-test.p12"), "changeit", false)));
    try (SmtpScript smtp = SmtpScript.open(port)) {
      SmtpScript.expect(250, smtp.command("EHLO relay.example.org"));
      smtp.raw(
          "STARTTLS\r\nMAIL FROM:<injected@example.org>\r\n".getBytes(StandardCharsets.US_ASCII));

      assertThat(smtp.closedByServer()).isTrue();
    }
  }
}
