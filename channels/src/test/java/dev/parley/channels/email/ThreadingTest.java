package dev.parley.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.email.EmailMessage;
import dev.parley.email.EmailThread;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadingTest {

  private static EmailMessage m(long seq, EmailMessage.Direction d, String id, String text) {
    return new EmailMessage(
        seq,
        d,
        id,
        "s",
        "jane@example.org",
        "Jane",
        List.of(),
        List.of(),
        Instant.parse("2026-12-04T10:00:00Z"),
        text,
        null,
        List.of(),
        List.of(),
        false);
  }

  private final EmailThread thread =
      new EmailThread(
          "c-1", 1004, "Lamp broken", "jane@example.org", "support@example.com", Instant.EPOCH);

  @Test
  void answersTheCustomersLastMessageAndReferencesTheThread() {
    Threading t =
        Threading.of(
            thread,
            List.of(
                m(1, EmailMessage.Direction.INBOUND, "a@x", "first"),
                m(2, EmailMessage.Direction.OUTBOUND, "b@parley", "ours"),
                m(3, EmailMessage.Direction.INBOUND, "c@x", "second line\n> quoted before")));
    assertThat(t.subject()).isEqualTo("Re: Lamp broken [#1004]");
    assertThat(t.inReplyTo()).isEqualTo("c@x");
    assertThat(t.references()).containsExactly("a@x", "b@parley", "c@x");
    assertThat(t.quote())
        .contains("Jane wrote:")
        .contains("> second line")
        .contains(">> quoted before");
  }

  @Test
  void aSubjectAlreadyTaggedAndAnsweredIsNotTaggedTwice() {
    EmailThread tagged =
        new EmailThread("c-1", 7, "RE: Lamp [#7]", "jane@example.org", null, Instant.EPOCH);
    assertThat(Threading.of(tagged, List.of()).subject()).isEqualTo("RE: Lamp [#7]");
    assertThat(Threading.of(tagged, List.of()).inReplyTo()).isNull();
  }

  @Test
  void tagsASubjectOnce() {
    assertThat(Threading.tagged("Broken lamp", 1001)).isEqualTo("Broken lamp [#1001]");
    assertThat(Threading.tagged("Re: Broken lamp [#1001]", 1001))
        .isEqualTo("Re: Broken lamp [#1001]");
    assertThat(Threading.tagged("", 5)).isEqualTo("[#5]");
  }
}
