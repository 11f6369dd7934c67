package dev.parley.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.email.Acknowledgement;
import dev.parley.email.EmailThread;
import dev.parley.email.InboundEmail;
import dev.parley.email.NewOutbound;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcknowledgerTest {

  private final Acknowledger acknowledger =
      new Acknowledger(
          new Senders(null, null),
          Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC));

  private static final EmailThread THREAD =
      new EmailThread(
          "c-1",
          1004,
          "Where is my parcel?",
          "jane@example.org",
          "support@shop.test",
          Instant.EPOCH);

  private static InboundEmail from(String address, String automatic) {
    return new InboundEmail(
        "q-1@example.org",
        List.of(),
        List.of(),
        "Where is my parcel?",
        address,
        "Jane",
        null,
        List.of("support@shop.test"),
        List.of(),
        Instant.EPOCH,
        "Hello",
        null,
        List.of(),
        List.of(),
        false,
        automatic);
  }

  private Optional<NewOutbound> ack(InboundEmail email, boolean afterHours) {
    return acknowledger
        .of("m-1", email)
        .acknowledgement(THREAD, afterHours, Acknowledgement.DEFAULT);
  }

  @Test
  void aCustomersFirstMessageIsAnsweredFromTheThreadsAddressWithTheTicket() {
    NewOutbound out = ack(from("jane@example.org", null), false).orElseThrow();
    assertThat(out.clientId()).isEqualTo("ack:m-1");
    assertThat(out.recipients()).containsExactly("jane@example.org");
    assertThat(out.fromAddress()).isEqualTo("support@shop.test");
    assertThat(out.subject()).contains("[#1004]");
    assertThat(out.messageId()).endsWith("@shop.test");
    String mime = new String(out.message(), StandardCharsets.UTF_8);
    assertThat(mime)
        .contains("Auto-Submitted: auto-replied")
        .contains("In-Reply-To: <q-1@example.org>");
  }

  @Test
  void outOfHoursTheOtherTextIsUsed() {
    NewOutbound open = ack(from("jane@example.org", null), false).orElseThrow();
    NewOutbound closed = ack(from("jane@example.org", null), true).orElseThrow();
    assertThat(open.text()).startsWith("Hello Jane,").doesNotContain("closed right now");
    assertThat(closed.text()).startsWith("Hello Jane,").contains("closed right now");
  }

  @Test
  void automaticMailNoReplySendersAndOwnAddressesGetNone() {
    assertThat(ack(from("jane@example.org", "Auto-Submitted: auto-replied"), false)).isEmpty();
    assertThat(ack(from("no-reply@example.org", null), false)).isEmpty();
    assertThat(ack(from("MAILER-DAEMON@example.org", null), false)).isEmpty();
    assertThat(ack(from("support@shop.test", null), false)).isEmpty();
    assertThat(ack(from(null, null), false)).isEmpty();
  }

  @Test
  void aDisabledTemplateSendsNone() {
    Acknowledgement off =
        new Acknowledgement(
            false,
            Acknowledgement.DEFAULT.subject(),
            Acknowledgement.DEFAULT.text(),
            Acknowledgement.DEFAULT.afterHoursText(),
            Acknowledgement.DEFAULT.periodMinutes());
    assertThat(
            acknowledger
                .of("m-1", from("jane@example.org", null))
                .acknowledgement(THREAD, false, off))
        .isEmpty();
  }

  @Test
  void anAcknowledgementThatCannotBeComposedIsSkippedNotThrown() {
    // an address the mail library refuses must not keep the message from being filed
    assertThat(ack(from("jane@exa mple@org", null), false)).isEmpty();
  }
}
