package dev.parley.channels.email.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.channels.email.mime.MailParser;
import dev.parley.channels.email.mime.ParsedMail;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Composed replies, read back with Parley's own parser. */
class ReplyComposerTest {

  private static ReplyComposer.Draft draft(String subject, List<ReplyComposer.File> files) {
    return new ReplyComposer.Draft(
        ReplyComposer.address("support@example.com", "Ann Agent"),
        List.of(ReplyComposer.address("jane@example.org")),
        List.of(ReplyComposer.address("boss@example.org")),
        subject,
        "r-1@example.com",
        "q-1@example.org",
        List.of("q-0@example.org", "q-1@example.org"),
        "Grüße — a new lamp is on its way.\n\n> old",
        files,
        Instant.parse("2026-12-05T10:00:00Z"),
        ReplyComposer.Written.BY_AGENT);
  }

  @Test
  void carriesTheThreadingHeadersAndAUtf8PlainTextPart() {
    byte[] mime = ReplyComposer.compose(draft("Re: Lamp [#1004]", List.of()));
    String raw = new String(mime, StandardCharsets.US_ASCII);
    assertThat(raw)
        .contains("Message-ID: <r-1@example.com>")
        .contains("In-Reply-To: <q-1@example.org>")
        .contains("References: <q-0@example.org> <q-1@example.org>")
        .contains("Auto-Submitted: no");
    ParsedMail back = new MailParser().parse(mime);
    assertThat(back.subject()).isEqualTo("Re: Lamp [#1004]");
    assertThat(back.messageId()).isEqualTo("r-1@example.com");
    assertThat(back.inReplyTo()).containsExactly("q-1@example.org");
    assertThat(back.from().name()).isEqualTo("Ann Agent");
    assertThat(back.to()).extracting(a -> a.address()).containsExactly("jane@example.org");
    assertThat(back.cc()).extracting(a -> a.address()).containsExactly("boss@example.org");
    assertThat(back.text()).startsWith("Grüße — a new lamp is on its way.");
    assertThat(back.problems()).isEmpty();
  }

  @Test
  void attachesFilesAndKeepsNewlinesOutOfHeaders() {
    byte[] pdf = "%PDF-1.4 tiny".getBytes(StandardCharsets.US_ASCII);
    byte[] mime =
        ReplyComposer.compose(
            draft(
                "Re: Lamp\r\nBcc: victim@example.net",
                List.of(new ReplyComposer.File("notes.pdf", "application/pdf", pdf))));
    ParsedMail back = new MailParser().parse(mime);
    assertThat(back.subject()).isEqualTo("Re: Lamp Bcc: victim@example.net");
    assertThat(new String(mime, StandardCharsets.US_ASCII)).doesNotContain("\r\nBcc:");
    assertThat(back.attachments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.filename()).isEqualTo("notes.pdf");
              assertThat(a.content()).isEqualTo(pdf);
            });
  }

  @Test
  void refusesWhatIsNotOneAddress() {
    for (String bad :
        List.of("", "no-at-sign", "a@b.c\r\nBcc: x@y.z", "a@b.c, d@e.f", "team: a@b.c;")) {
      assertThatThrownBy(() -> ReplyComposer.address(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
