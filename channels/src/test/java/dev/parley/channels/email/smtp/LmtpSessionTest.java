package dev.parley.channels.email.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.channels.email.smtp.SmtpScript.Reply;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** LMTP (RFC 2033): one stored message for all recipients, one reply per recipient after DATA. */
class LmtpSessionTest {

  private final MailDropDouble drop = new MailDropDouble();
  private MailListener listener;

  @BeforeEach
  void start() {
    listener =
        MailListener.start(
            ListenerSettings.builder()
                .smtpPort(0)
                .lmtpPort(0)
                .helloName("lmtp.parley.test")
                .ioThreads(2)
                .build(),
            drop);
  }

  @AfterEach
  void stop() {
    listener.stop();
  }

  private SmtpScript lmtp() throws IOException {
    return SmtpScript.open(listener.lmtpPort().orElseThrow());
  }

  @Test
  void bindsLmtpOnItsOwnPort() {
    assertThat(listener.lmtpPort()).isPresent();
    assertThat(listener.lmtpPort().getAsInt()).isNotEqualTo(listener.smtpPort());
  }

  @Test
  void storesOneMessageForThreeRecipientsAndAnswersEach() throws IOException {
    try (SmtpScript lmtp = lmtp()) {
      lmtp.envelope(
          "LHLO james.example.org",
          "customer@example.org",
          "support@parley.test",
          "sales@parley.test",
          "billing@parley.test");

      List<Reply> replies = dataReplies(lmtp, 3);

      assertThat(replies).extracting(Reply::code).containsExactly(250, 250, 250);
      assertThat(replies.get(0).text()).startsWith("2.1.5 <support@parley.test>");
      assertThat(replies.get(2).text()).startsWith("2.1.5 <billing@parley.test>");
    }
    assertThat(drop.calls()).isEqualTo(1);
    MailDropDouble.Stored stored = drop.stored().get(0);
    assertThat(stored.envelope().protocol()).isEqualTo(Envelope.Protocol.LMTP);
    assertThat(stored.envelope().recipients())
        .containsExactly("support@parley.test", "sales@parley.test", "billing@parley.test");
    assertThat(stored.text()).contains("with LMTP").doesNotContain("\tfor <");
  }

  @Test
  void answersEachRecipient451WhenTheDropFails() throws IOException {
    drop.failWith(new IllegalStateException("disk full"));
    try (SmtpScript lmtp = lmtp()) {
      lmtp.envelope(
          "LHLO james.example.org",
          "customer@example.org",
          "a@parley.test",
          "b@parley.test",
          "c@parley.test");

      List<Reply> replies = dataReplies(lmtp, 3);

      assertThat(replies).extracting(Reply::code).containsExactly(451, 451, 451);
      assertThat(replies).allSatisfy(r -> assertThat(r.text()).startsWith("4.3.0 <"));
    }
    assertThat(drop.stored()).isEmpty();
  }

  @Test
  void refusesAnOversizedMessageForEachRecipient() throws IOException {
    listener.stop();
    listener =
        MailListener.start(
            ListenerSettings.builder()
                .smtpPort(0)
                .lmtpPort(0)
                .maxMessageBytes(2048)
                .ioThreads(1)
                .build(),
            drop);
    try (SmtpScript lmtp = lmtp()) {
      lmtp.envelope(
          "LHLO james.example.org", "customer@example.org", "a@parley.test", "b@parley.test");
      SmtpScript.expect(354, lmtp.command("DATA"));
      lmtp.raw(
          SmtpScript.stuffed("Subject: big\r\n\r\n" + "z".repeat(70).concat("\r\n").repeat(100)));

      List<Reply> replies = List.of(lmtp.reply(), lmtp.reply());

      assertThat(replies).extracting(Reply::code).containsExactly(552, 552);
      assertThat(replies.get(1).text()).startsWith("5.3.4 <b@parley.test>");
    }
    assertThat(drop.calls()).isZero();
  }

  @Test
  void wantsLhloNotEhlo() throws IOException {
    try (SmtpScript lmtp = lmtp()) {
      assertThat(lmtp.command("EHLO james.example.org").code()).isEqualTo(500);
      assertThat(lmtp.command("LHLO james.example.org").lines())
          .contains("PIPELINING", "SIZE 26214400");
    }
  }

  /** DATA and the message, then one reply per recipient (each a single line). */
  private static List<Reply> dataReplies(SmtpScript lmtp, int recipients) throws IOException {
    SmtpScript.expect(354, lmtp.command("DATA"));
    lmtp.raw(SmtpScript.stuffed(SmtpSessionTest.MESSAGE));
    List<Reply> replies = new ArrayList<>();
    for (int i = 0; i < recipients; i++) {
      replies.add(lmtp.reply());
    }
    return replies;
  }
}
