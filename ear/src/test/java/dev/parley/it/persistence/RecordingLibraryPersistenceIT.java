package dev.parley.it.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.it.support.Deployments;
import dev.parley.recording.AuditAction;
import dev.parley.recording.AuditEntry;
import dev.parley.recording.ConsistencyReport;
import dev.parley.recording.RecordingQuery;
import dev.parley.recording.RecordingState;
import dev.parley.recording.RecordingView;
import dev.parley.recording.Recordings;
import dev.parley.recording.ServerFile;
import dev.parley.recording.ServerRecording;
import dev.parley.routing.api.Channel;
import dev.parley.routing.api.ContactView;
import dev.parley.routing.api.Direction;
import dev.parley.routing.api.NewContact;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.admin.ReferenceKind;
import dev.parley.routing.api.admin.RoutingAdmin;
import dev.parley.routing.api.id.ContactId;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The recordings library's storage, in the container, on H2 and (in CI) PostgreSQL: a media
 * server's files made seekable and listed with their tracks; retention on a virtual clock (the
 * expiry job is given the time) with a legal hold that stops it, the deletion of file and metadata
 * together and its audit entry; the start-up check finding a missing file and an orphan.
 */
@ExtendWith(ArquillianExtension.class)
class RecordingLibraryPersistenceIT {

  private static final String SAMPLE = "recordings/sample-audio.webm";

  @Deployment
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear =
        Deployments.parleyWithTestsOf(
            RecordingLibraryPersistenceIT.class, Awaitility.class, org.hamcrest.Matcher.class);
    ear.getAsType(WebArchive.class, "parley-web.war").addAsResource(SAMPLE);
    return ear;
  }

  @EJB RoutingAdmin admin;

  @EJB RoutingService routing;

  @EJB Recordings recordings;

  @Test
  void retentionDeletesFileAndMetadataOnItsDayUnlessUnderLegalHold() throws IOException {
    String queue = queue(30);
    RecordingView ready = recorded(queue);
    assertThat(ready.tracks()).extracting(RecordingView.Track::party).containsExactly("customer");
    assertThat(ready.durationMillis()).isPositive();
    assertThat(ready.expiresAt()).isEqualTo(ready.startedAt().plus(Duration.ofDays(30)));
    Path file = recordings.open(ready.id(), null, "auditor", AuditAction.PLAY).file();
    Path track = recordings.open(ready.id(), "customer", "auditor", AuditAction.PLAY).file();

    recordings.expire(ready.startedAt().plus(Duration.ofDays(29)));
    assertThat(recordings.find(ready.id())).as("a day before its retention ends").isPresent();

    recordings.legalHold(ready.id(), true, "counsel");
    recordings.expire(ready.startedAt().plus(Duration.ofDays(400)));
    assertThat(recordings.find(ready.id())).as("under legal hold, long after").isPresent();
    assertThat(file).exists();

    recordings.legalHold(ready.id(), false, "counsel");
    recordings.expire(ready.startedAt().plus(Duration.ofDays(30)));
    assertThat(recordings.find(ready.id())).as("on the day its retention ends").isEmpty();
    assertThat(file).doesNotExist();
    assertThat(track).doesNotExist();
    List<AuditEntry> trail = recordings.auditTrail(ready.id(), null, null, null, 50);
    assertThat(trail)
        .extracting(AuditEntry::action)
        .containsSubsequence(
            AuditAction.EXPIRED,
            AuditAction.LEGAL_HOLD_OFF,
            AuditAction.LEGAL_HOLD_ON,
            AuditAction.PLAY);
    assertThat(trail.get(0).actor()).isEqualTo("system");
    assertThat(trail.get(0).detail()).contains(queue);
  }

  @Test
  void theCheckReportsAMissingFileAndAnOrphanAndLeavesTheOrphanInPlace() throws IOException {
    RecordingView kept = recorded(queue(0));
    RecordingView lost = recorded(queue(0));
    assertThat(kept.expiresAt()).as("kept for ever").isNull();
    Path lostFile = recordings.open(lost.id(), null, "auditor", AuditAction.DOWNLOAD).file();
    Files.delete(lostFile);
    Path orphan = lostFile.resolveSibling("orphan-" + UUID.randomUUID() + ".webm");
    Files.writeString(orphan, "left behind");
    try {
      ConsistencyReport report = recordings.check();
      assertThat(report.missing()).contains(lost.id().value()).doesNotContain(kept.id().value());
      assertThat(report.orphans()).anyMatch(o -> o.endsWith(orphan.getFileName().toString()));
      assertThat(recordings.find(lost.id()).orElseThrow().state())
          .isEqualTo(RecordingState.MISSING);
      assertThat(recordings.find(kept.id()).orElseThrow().state()).isEqualTo(RecordingState.READY);
      assertThat(orphan).as("an orphan is reported, not deleted").exists();
      assertThat(recordings.auditTrail(lost.id(), "system", null, null, 10))
          .extracting(AuditEntry::action)
          .contains(AuditAction.FILE_MISSING);
      assertThat(recordings.auditTrail(null, "system", null, null, 50))
          .anyMatch(
              e ->
                  e.action() == AuditAction.FILE_ORPHAN
                      && e.detail().contains(orphan.getFileName().toString()));

      recordings.check();
      assertThat(recordings.auditTrail(lost.id(), "system", null, null, 10))
          .as("a recording already missing is not reported again")
          .filteredOn(e -> e.action() == AuditAction.FILE_MISSING)
          .hasSize(1);
    } finally {
      Files.deleteIfExists(orphan);
    }
  }

  @Test
  void theLibraryFindsARecordingByQueueCustomerAndDuration() throws IOException {
    String queue = queue(0);
    RecordingView ready = recorded(queue);
    RecordingQuery byQueue =
        new RecordingQuery(
            null, null, null, null, queue, "VOICE", null, 1, "DURATION", false, 0, 10);
    assertThat(recordings.search(byQueue).items())
        .extracting(RecordingView::id)
        .containsExactly(ready.id());
    RecordingQuery byCustomer =
        new RecordingQuery(
            ready.startedAt().minusSeconds(1),
            ready.startedAt().plusSeconds(1),
            null,
            ready.customerAddress().substring(2, 9).toUpperCase(),
            null,
            null,
            null,
            null,
            "STARTED",
            true,
            0,
            10);
    assertThat(recordings.search(byCustomer).items())
        .extracting(RecordingView::id)
        .contains(ready.id());
    RecordingQuery tooLong =
        new RecordingQuery(
            null, null, null, null, queue, null, null, 3600, "STARTED", false, 0, 10);
    assertThat(recordings.search(tooLong).total()).isZero();
  }

  /**
   * The files are handed to the assembly only once the finish is stored: an assembly that started
   * before the finish committed had its outcome refused as stale on PostgreSQL and left the
   * recording PROCESSING. Here the finishing transaction stays open a moment; the media server's
   * file must stay untouched until it commits, and the recording become READY after.
   */
  @Test
  void theFilesAreAssembledOnlyOnceTheFinishIsStored() throws Exception {
    ServerRecording server = begun(queue(0));
    Path whole = server.directory().resolve(server.baseName() + ".webm");
    long written = Files.size(whole);
    UserTransaction tx = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
    tx.begin();
    try {
      finished(server);
      Thread.sleep(1500);
      assertThat(whole).as("not yet taken by the assembly").exists().hasSize(written);
      assertThat(whole.resolveSibling(whole.getFileName() + ".raw")).doesNotExist();
    } finally {
      tx.commit();
    }
    Awaitility.await("the recording is made seekable and listed")
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> recordings.find(server.id()).orElseThrow(),
            r -> r.state() == RecordingState.READY && r.durationMillis() > 0);
  }

  /** A call the media server recorded (the whole call and the customer's track), READY. */
  private RecordingView recorded(String queue) throws IOException {
    ServerRecording server = begun(queue);
    finished(server);
    return Awaitility.await("the recording is made seekable and listed")
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> recordings.find(server.id()).orElseThrow(),
            r -> r.state() == RecordingState.READY && !r.tracks().isEmpty());
  }

  /** A new call the media server records: the whole call and the customer's track written. */
  private ServerRecording begun(String queue) throws IOException {
    ContactView call =
        routing.receive(
            new NewContact(
                Channel.VOICE,
                queue,
                "tel:+4930" + UUID.randomUUID().toString().substring(0, 8),
                0,
                Direction.INBOUND));
    ServerRecording server = recordings.beginOnServer(ContactId.of(call.id()), null, false);
    copySample(server.directory().resolve(server.baseName() + ".webm"));
    copySample(server.directory().resolve(server.baseName() + ".customer.webm"));
    return server;
  }

  /** The media server reports both files complete. */
  private void finished(ServerRecording server) {
    recordings.finishedOnServer(
        server.id(),
        List.of(
            new ServerFile(null, server.baseName() + ".webm"),
            new ServerFile("customer", server.baseName() + ".customer.webm")));
  }

  private void copySample(Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(SAMPLE)) {
      assertThat(in).as(SAMPLE).isNotNull();
      Files.copy(in, target);
    }
  }

  private String queue(int retentionDays) {
    String name = "rec-" + UUID.randomUUID().toString().substring(0, 8);
    QueueDefinition basic =
        QueueDefinition.basic(
            name, List.of("VOICE"), 0, "LONGEST_IDLE", 20, 0, List.of(), false, List.of(), 20, 80);
    admin.save(
        ReferenceKind.QUEUE,
        new QueueDefinition(
            basic.name(),
            basic.channels(),
            basic.priority(),
            basic.strategy(),
            basic.offerTimeoutSeconds(),
            basic.wrapUpSeconds(),
            basic.dispositionCodes(),
            basic.dispositionRequired(),
            basic.requiredSkills(),
            basic.serviceLevelSeconds(),
            basic.serviceLevelPercent(),
            List.of(),
            0,
            null,
            null,
            null,
            0,
            null,
            null,
            "ALWAYS",
            retentionDays,
            null,
            null));
    return name;
  }
}
