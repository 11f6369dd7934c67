package dev.parley.channels.email.notice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.conversation.AttachmentRef;
import dev.parley.conversation.Author;
import dev.parley.conversation.AuthorRole;
import dev.parley.conversation.ConversationInfo;
import dev.parley.conversation.Message;
import dev.parley.conversation.MessageKind;
import dev.parley.conversation.Visibility;
import dev.parley.routing.api.id.AttachmentId;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The transcript's words: what the visitor saw, in order, and nothing the agents kept to
 * themselves.
 */
class TranscriptTextTest {

  private static final ContactId CHAT = ContactId.of("c-1");
  private static final Instant START = Instant.parse("2026-12-05T09:58:00Z");

  private static final Author VERA = new Author(AuthorRole.CUSTOMER, "v-1", "Vera");
  private static final Author ALICE = new Author(AuthorRole.AGENT, "alice", "Alice Agent");
  private static final Author EXPERT = new Author(AuthorRole.EXPERT, "ed", "Ed Expert");
  private static final Author SUPERVISOR = new Author(AuthorRole.SUPERVISOR, "sue", "Sue Boss");

  private static ConversationInfo conversation(String name) {
    return new ConversationInfo(
        CHAT,
        CustomerId.of("v-1"),
        name,
        null,
        "shop",
        null,
        START,
        START.plusSeconds(600),
        null,
        null,
        "vera@example.com",
        9);
  }

  private static Message message(
      long seq, int minute, Author author, MessageKind kind, Visibility v, String text) {
    return message(seq, minute, author, kind, v, text, List.of());
  }

  private static Message message(
      long seq,
      int minute,
      Author author,
      MessageKind kind,
      Visibility v,
      String text,
      List<AttachmentRef> files) {
    return new Message(
        CHAT, seq, author, kind, v, text, START.plusSeconds(60L * minute), null, files);
  }

  private static final List<Message> CHAT_MESSAGES =
      List.of(
          message(
              1,
              2,
              Author.system(),
              MessageKind.EVENT,
              Visibility.ALL,
              "Alice Agent joined the chat."),
          message(2, 3, VERA, MessageKind.TEXT, Visibility.ALL, "My lamp is broken."),
          message(3, 4, ALICE, MessageKind.NOTE, Visibility.AGENTS, "NOTE: customer upset"),
          message(
              4,
              5,
              Author.system(),
              MessageKind.EVENT,
              Visibility.AGENTS,
              "Ed Expert joined privately (the customer does not see this consult)."),
          message(5, 6, EXPERT, MessageKind.TEXT, Visibility.AGENTS, "WHISPER: offer a refund"),
          message(6, 7, SUPERVISOR, MessageKind.TEXT, Visibility.AGENTS, "SUPERVISOR: fine by me"),
          message(
              7,
              8,
              ALICE,
              MessageKind.TEXT,
              Visibility.ALL,
              "We will send a new one.\nHere is the label.",
              List.of(
                  new AttachmentRef(
                      AttachmentId.of("f-1"), "label.pdf", "application/pdf", 20_480))),
          message(8, 9, VERA, MessageKind.TEXT, Visibility.ALL, "Thanks!"),
          message(
              9, 10, Author.system(), MessageKind.EVENT, Visibility.ALL, "The chat has ended."));

  @Test
  void holdsWhatTheVisitorSawInOrderWithTimesAndNames() {
    String text =
        new TranscriptText(ZoneOffset.UTC).text(conversation("Vera"), "Support", CHAT_MESSAGES);
    assertThat(text)
        .startsWith(
            "Hello Vera,\n\nhere is the transcript of your conversation with Support on 5 December 2026 (times in UTC).\n\n")
        .contains(
            """
            [10:00] Alice Agent joined the chat.
            [10:01] Vera: My lamp is broken.
            [10:06] Alice Agent: We will send a new one.
                    Here is the label.
                    File: label.pdf (20 KB)
            [10:07] Vera: Thanks!
            [10:08] The chat has ended.
            """)
        .contains("not attached");
  }

  @Test
  void leavesOutNotesWhispersAgentsOnlyEventsAndSupervisors() {
    String text =
        new TranscriptText(ZoneOffset.UTC).text(conversation("Vera"), "Support", CHAT_MESSAGES);
    assertThat(text)
        .doesNotContain("NOTE:")
        .doesNotContain("WHISPER:")
        .doesNotContain("SUPERVISOR:")
        .doesNotContain("privately")
        .doesNotContain("Ed Expert")
        .doesNotContain("Sue Boss");
  }

  @Test
  void theSubjectNamesWhomAndTheDayInTheConfiguredZone() {
    TranscriptText samoa = new TranscriptText(ZoneId.of("Pacific/Pago_Pago"));
    assertThat(samoa.subject(conversation(null), "Support"))
        .isEqualTo("Your conversation with Support on 4 December 2026");
    String text = samoa.text(conversation(null), "Support", CHAT_MESSAGES);
    assertThat(text)
        .startsWith("Hello,\n")
        .contains("(times in Pacific/Pago_Pago)")
        .contains("[23:01] Vera:");
  }

  @Test
  void sizesReadAsPeopleSayThem() {
    assertThat(TranscriptText.size(900)).isEqualTo("900 bytes");
    assertThat(TranscriptText.size(20_480)).isEqualTo("20 KB");
    assertThat(TranscriptText.size(3 * 1024 * 1024)).isEqualTo("3.0 MB");
  }
}
