package dev.parley.it.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.conversation.Conversations;
import dev.parley.conversation.NewConversation;
import dev.parley.email.MailStore;
import dev.parley.email.Notice;
import dev.parley.it.support.Deployments;
import dev.parley.recording.Recordings;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.admin.ReferenceKind;
import dev.parley.routing.api.admin.RoutingAdmin;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import dev.parley.routing.api.id.RecordingId;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notices in the outbox, in the container, on H2 and (in CI) PostgreSQL: a key queues once, its
 * entry belongs to no thread; and what a stop leaves between a fact and its notice — written here
 * behind the services' backs, so no event announces it — is found by the sweep and queued once: an
 * ended chat's transcript, a voicemail message in a queue with an address; a voicemail message in a
 * queue without one is decided too, with nothing queued.
 */
@ExtendWith(ArquillianExtension.class)
class MailNoticePersistenceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.parleyWithTestsOf(
        MailNoticePersistenceIT.class, Awaitility.class, org.hamcrest.Matcher.class);
  }

  @EJB MailStore store;

  @EJB Conversations conversations;

  @EJB Recordings recordings;

  @EJB RoutingAdmin admin;

  @Resource(lookup = "java:jboss/datasources/ParleyDS")
  DataSource dataSource;

  private static Notice notice(String key, String text) {
    String raw = "From: a@example.com\r\nTo: b@example.com\r\nSubject: t\r\n\r\n" + text + "\r\n";
    return new Notice(
        key,
        UUID.randomUUID() + "@example.com",
        "a@example.com",
        List.of("b@example.com"),
        raw.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void aKeyQueuesOnceAndItsEntryBelongsToNoThread() {
    String key = "transcript:c-" + UUID.randomUUID();

    assertThat(store.queueNotice(notice(key, "first"))).isTrue();
    assertThat(store.queueNotice(notice(key, "second"))).as("the same key again").isFalse();
    assertThat(store.queueNotice(notice("voicemail:" + UUID.randomUUID(), "other"))).isTrue();

    assertThat(store.notice(key)).isPresent();
    assertThat(store.notice("transcript:never")).isEmpty();
    assertThat(total(store.counts())).as("counted with the thread rows").isGreaterThan(0);
    assertThat(store.deliveries(key.substring("transcript:".length())))
        .as("no thread message of the conversation the key names")
        .isEmpty();
  }

  @Test
  void theSweepQueuesOnceWhatAStopLeftBetweenTheFactAndItsNotice() throws SQLException {
    // An ended chat whose visitor asked for the transcript; the stop came before it was queued.
    ContactId chat = ContactId.of("c-" + UUID.randomUUID());
    conversations.open(
        new NewConversation(
            chat, CustomerId.of("v-" + UUID.randomUUID()), "Pat", null, null, null));
    update(
        "UPDATE conversation SET transcript_email = ?, transcript_state = 'ASKED',"
            + " ended_at = CURRENT_TIMESTAMP WHERE id = ?",
        "pat@example.com",
        chat.value());
    assertThat(conversations.transcriptsDue(1000)).contains(chat);

    // Two voicemail messages that became contacts; one queue announces them, the other does not.
    String announcing = queue("team@example.com");
    String quiet = queue(null);
    RecordingId announced = voicemail(announcing);
    RecordingId unannounced = voicemail(quiet);

    await()
        .atMost(Duration.ofSeconds(100))
        .until(
            () ->
                store.notice("transcript:" + chat.value()).isPresent()
                    && store.notice("voicemail:" + announced.value()).isPresent()
                    && recordings.voicemailNoticesDue(1000).stream()
                        .noneMatch(v -> v.recording().equals(unannounced)));

    assertThat(conversations.transcriptsDue(1000)).doesNotContain(chat);
    assertThat(conversations.claimTranscript(chat)).as("queued already").isEmpty();
    assertThat(recordings.claimVoicemailNotice(announced)).as("decided already").isEmpty();
    assertThat(store.notice("voicemail:" + unannounced.value()))
        .as("the quiet queue's message")
        .isEmpty();
    conversations.requestTranscript(chat, "later@example.com");
    assertThat(conversations.transcriptsDue(1000)).as("asked again after").doesNotContain(chat);
    assertThat(conversations.find(chat).orElseThrow().transcriptEmail())
        .isEqualTo("pat@example.com");
  }

  private String queue(String notify) {
    String name = "vm-" + UUID.randomUUID().toString().substring(0, 8);
    QueueDefinition b =
        QueueDefinition.basic(
            name, List.of("VOICE"), 0, "LONGEST_IDLE", 20, 0, List.of(), false, List.of(), 20, 80);
    admin.save(
        ReferenceKind.QUEUE,
        new QueueDefinition(
            b.name(),
            b.channels(),
            b.priority(),
            b.strategy(),
            b.offerTimeoutSeconds(),
            b.wrapUpSeconds(),
            b.dispositionCodes(),
            b.dispositionRequired(),
            b.requiredSkills(),
            b.serviceLevelSeconds(),
            b.serviceLevelPercent(),
            List.of(),
            0,
            null,
            null,
            null,
            0,
            null,
            null,
            null,
            null,
            null,
            notify));
    return name;
  }

  /** A READY voicemail message linked to its contact, its notice due: as the link leaves it. */
  private RecordingId voicemail(String queue) throws SQLException {
    RecordingId id = RecordingId.of(UUID.randomUUID().toString());
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO recording (id, contact_id, kind, channel, source, queue_name,"
                    + " customer_name, customer_address, agents, experts, started_at, ended_at,"
                    + " chunks, duration_ms, size_bytes, video, state, paused, legal_hold,"
                    + " version, voicemail_contact_id, voicemail_notice) VALUES (?, ?, 'VOICEMAIL',"
                    + " 'VOICE', 'BROWSER', ?, 'Ann Caller', '+49 30 1234', ',', ',', ?, ?, 1,"
                    + " 42000, 4096, FALSE, 'READY', FALSE, FALSE, 0, ?, 'DUE')")) {
      Instant now = Instant.now();
      s.setString(1, id.value());
      s.setString(2, "c-" + UUID.randomUUID());
      s.setString(3, queue);
      s.setTimestamp(4, Timestamp.from(now.minusSeconds(42)));
      s.setTimestamp(5, Timestamp.from(now));
      s.setString(6, "c-" + UUID.randomUUID());
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
    return id;
  }

  private void update(String sql, String... values) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setString(i + 1, values[i]);
      }
      assertThat(s.executeUpdate()).isEqualTo(1);
    }
  }

  private static long total(MailStore.Counts c) {
    return c.queued() + c.sending() + c.retrying() + c.failed();
  }
}
