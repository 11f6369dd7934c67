package dev.parley.recording.internal;

import dev.parley.conversation.ConversationInfo;
import dev.parley.conversation.Conversations;
import dev.parley.conversation.Participant;
import dev.parley.platform.persistence.AfterCompletion;
import dev.parley.recording.AuditAction;
import dev.parley.recording.AuditEntry;
import dev.parley.recording.ConsistencyReport;
import dev.parley.recording.RecordingKind;
import dev.parley.recording.RecordingMedia;
import dev.parley.recording.RecordingPage;
import dev.parley.recording.RecordingPolicy;
import dev.parley.recording.RecordingQuery;
import dev.parley.recording.RecordingRefusedException;
import dev.parley.recording.RecordingSource;
import dev.parley.recording.RecordingState;
import dev.parley.recording.RecordingView;
import dev.parley.recording.Recordings;
import dev.parley.recording.ServerFile;
import dev.parley.recording.ServerRecording;
import dev.parley.recording.VoicemailLeft;
import dev.parley.routing.api.ContactDetail;
import dev.parley.routing.api.ContactState;
import dev.parley.routing.api.ContactView;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.admin.ReferenceKind;
import dev.parley.routing.api.admin.RoutingAdmin;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.RecordingId;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link Recordings}: the library's metadata in the database, its files through {@link
 * RecordingFiles}. Every change to a recording locks its row, so chunks, pauses and the finish of
 * one recording apply one at a time; joining chunks happens outside any transaction ({@link
 * RecordingAssembly}).
 */
@Stateless
@Local(Recordings.class)
@LocalBean
public class RecordingsBean implements Recordings {

  static final String SYSTEM = "system";

  /** {@code recording.voicemail_notice}: the notice waits to be decided, or was. */
  static final String NOTICE_DUE = "DUE";

  static final String NOTICE_DONE = "DONE";

  /** A queue that says nothing takes voicemail messages this long (QueueDefinition). */
  static final int DEFAULT_VOICEMAIL_SECONDS = 120;

  /** Chunks of a voicemail message may arrive this much after its longest length (uploads lag). */
  static final int VOICEMAIL_GRACE_SECONDS = 20;

  /**
   * A caller's chunk is a second of Opus audio (a few KB); anything near this is not a voicemail
   * chunk, so a visitor cannot fill the disk at the agents' limit.
   */
  static final long VOICEMAIL_MAX_CHUNK_BYTES = 1024 * 1024;

  /** Range requests of one player within this time are one playback in the audit trail. */
  static final java.time.Duration PLAYBACK_WINDOW = java.time.Duration.ofMinutes(10);

  @PersistenceContext EntityManager em;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject Clock clock;

  @Inject RecordingFiles files;

  @Inject RecordingSearch library;

  @Inject AuditTrail audit;

  @Inject RecordingExpiry expiry;

  @Inject RecordingCheck checker;

  @EJB RecordingAssembly assembly;

  @EJB RoutingService routing;

  @EJB RoutingAdmin admin;

  @EJB Conversations conversations;

  @Inject
  @ConfigProperty(name = "parley.recordings.max-chunk-bytes", defaultValue = "33554432")
  long maxChunkBytes;

  @Override
  public RecordingPolicy policy(ContactId call) {
    return routing
        .contact(call)
        .map(d -> queue(d.contact().queue()))
        .map(this::policyOf)
        .orElse(RecordingPolicy.ALWAYS);
  }

  @Override
  public void permit(ContactId call, String agent, boolean requested) {
    permitted(call, agent, requested);
  }

  /** {@link #permit}, answering the call's contact. */
  private ContactView permitted(ContactId call, String agent, boolean requested) {
    ContactView contact =
        routing
            .contact(call)
            .orElseThrow(() -> new RecordingRefusedException("NOT_FOUND", "no such call"))
            .contact();
    if (!contact.channel().isLiveCall()
        || contact.state() != ContactState.ACTIVE
        || !agent.equals(contact.assignedAgent())) {
      throw new RecordingRefusedException("NOT_ALLOWED", "this is not a call you are on");
    }
    RecordingPolicy policy = policyOf(queue(contact.queue()));
    if (policy == RecordingPolicy.NEVER) {
      throw new RecordingRefusedException("NOT_ALLOWED", "calls of this queue are not recorded");
    }
    if (policy == RecordingPolicy.ON_DEMAND && !requested) {
      throw new RecordingRefusedException(
          "NOT_ALLOWED", "calls of this queue are recorded only when the agent asks");
    }
    return contact;
  }

  @Override
  public RecordingView begin(ContactId call, String agent, boolean requested) {
    ContactView contact = permitted(call, agent, requested);
    // A browser that starts again (a reload) starts a new file: the one it was writing is
    // finished with what arrived.
    for (RecordingEntity open : openBrowserRecordings(call.value(), agent)) {
      finishLocked(lock(open.id), agent);
    }
    RecordingEntity e = newRecording(contact, RecordingKind.CALL, RecordingSource.BROWSER);
    e.recordedBy = agent;
    e.agents = RecordingEntity.names(List.of(agent));
    em.persist(e);
    return RecordingViews.view(e);
  }

  @Override
  public RecordingView beginVoicemail(ContactId call, String visitor) {
    ContactDetail detail =
        routing
            .contact(call)
            .orElseThrow(() -> new RecordingRefusedException("NOT_FOUND", "no such call"));
    ContactView contact = detail.contact();
    if (!contact.channel().isLiveCall()
        || contact.state() != ContactState.OVERFLOWED
        || !sentToVoicemail(detail)) {
      throw new RecordingRefusedException("BAD_STATE", "this call was not sent to voicemail");
    }
    List<RecordingEntity> earlier =
        em.createQuery(
                "select r from RecordingEntity r where r.contactId = :c and r.kind = 'VOICEMAIL'",
                RecordingEntity.class)
            .setParameter("c", call.value())
            .getResultList();
    for (RecordingEntity e : earlier) {
      if (!visitor.equals(e.recordedBy)) {
        throw new RecordingRefusedException("NOT_ALLOWED", "not your call");
      }
      if (RecordingState.RECORDING.name().equals(e.state)) {
        return RecordingViews.view(e); // the caller's page started again
      }
      throw new RecordingRefusedException("BAD_STATE", "a message was already left for this call");
    }
    RecordingEntity e = newRecording(contact, RecordingKind.VOICEMAIL, RecordingSource.BROWSER);
    e.recordedBy = visitor;
    e.video = false;
    em.persist(e);
    return RecordingViews.view(e);
  }

  /** The call's last overflow chose voicemail ("AFTER_HOURS: Voicemail[] from q", see history). */
  private static boolean sentToVoicemail(ContactDetail detail) {
    return detail.history().stream()
        .filter(h -> "OVERFLOWED".equals(h.kind()))
        .reduce((first, second) -> second)
        .map(h -> h.detail() != null && h.detail().contains("Voicemail"))
        .orElse(false);
  }

  @Override
  public int voicemailMaxSeconds(ContactId call) {
    return routing
        .contact(call)
        .flatMap(d -> queue(d.contact().queue()))
        .map(QueueDefinition::voicemailMaxSeconds)
        .orElse(DEFAULT_VOICEMAIL_SECONDS);
  }

  @Override
  public Optional<RecordingView> voicemail(ContactId voicemailContact) {
    return em
        .createQuery(
            "select r from RecordingEntity r where r.voicemailContactId = :c",
            RecordingEntity.class)
        .setParameter("c", voicemailContact.value())
        .getResultList()
        .stream()
        .findFirst()
        .map(RecordingViews::view);
  }

  @Override
  public List<VoicemailLeft> voicemailNoticesDue(int limit) {
    return em.createQuery(
            "select r.id, r.voicemailContactId from RecordingEntity r"
                + " where r.voicemailNotice = 'DUE' order by r.startedAt",
            Object[].class)
        .setMaxResults(limit)
        .getResultStream()
        .map(
            row ->
                new VoicemailLeft(RecordingId.of((String) row[0]), ContactId.of((String) row[1])))
        .toList();
  }

  @Override
  public Optional<RecordingView> claimVoicemailNotice(RecordingId id) {
    RecordingEntity e = em.find(RecordingEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
    if (e == null || !NOTICE_DUE.equals(e.voicemailNotice)) {
      return Optional.empty();
    }
    e.voicemailNotice = NOTICE_DONE;
    return Optional.of(RecordingViews.view(e));
  }

  /** The VOICEMAIL contact a message became, null before. */
  public String voicemailContactOf(String id) {
    RecordingEntity e = em.find(RecordingEntity.class, id);
    return e == null ? null : e.voicemailContactId;
  }

  /**
   * The READY message became the VOICEMAIL contact {@code contact} (see VoicemailContacts); its
   * notice is due from now, in the same transaction.
   */
  public void linkVoicemail(String id, String contact) {
    RecordingEntity e = lock(id);
    e.voicemailContactId = contact;
    e.voicemailNotice = NOTICE_DUE;
  }

  @Override
  public ServerRecording beginOnServer(ContactId call, String agent, boolean video) {
    ContactView contact =
        routing
            .contact(call)
            .orElseThrow(() -> new RecordingRefusedException("NOT_FOUND", "no such call"))
            .contact();
    RecordingEntity e = newRecording(contact, RecordingKind.CALL, RecordingSource.MEDIA_SERVER);
    e.video = video;
    e.recordedBy = SYSTEM;
    e.agents = RecordingEntity.names(agent == null ? List.of() : List.of(agent));
    String base = files.baseName(e.id, e.startedAt);
    e.filePath = base + ".webm";
    em.persist(e);
    return new ServerRecording(RecordingId.of(e.id), files.root(), base);
  }

  @Override
  public void chunk(RecordingId id, String agent, int sequence, InputStream data) {
    RecordingEntity e = lock(id.value());
    if (!agent.equals(e.recordedBy)) {
      throw new RecordingRefusedException("NOT_ALLOWED", "not your recording");
    }
    if (!RecordingState.RECORDING.name().equals(e.state)) {
      throw new RecordingRefusedException("BAD_STATE", "the recording is finished");
    }
    long chunkLimit = maxChunkBytes;
    if (RecordingKind.VOICEMAIL.name().equals(e.kind)) {
      chunkLimit = Math.min(maxChunkBytes, VOICEMAIL_MAX_CHUNK_BYTES);
      int max = voicemailMaxSeconds(ContactId.of(e.contactId));
      if (clock.instant().isAfter(e.startedAt.plusSeconds(max + VOICEMAIL_GRACE_SECONDS))) {
        throw new RecordingRefusedException(
            "BAD_STATE", "the message is longer than the queue takes (" + max + " s)");
      }
    }
    try {
      long size = files.storeChunk(e.id, sequence, data, chunkLimit);
      e.chunks = Math.max(e.chunks, sequence + 1);
      e.sizeBytes += size;
      e.lastChunkAt = clock.instant();
    } catch (RecordingFiles.ChunkTooLargeException tooLarge) {
      throw new RecordingRefusedException("TOO_LARGE", tooLarge.getMessage());
    } catch (IOException io) {
      throw new UncheckedIOException("could not store the chunk", io);
    }
  }

  @Override
  public RecordingView pause(RecordingId id, String actor, boolean paused) {
    RecordingEntity e = lock(id.value());
    if (!RecordingState.RECORDING.name().equals(e.state)) {
      throw new RecordingRefusedException("BAD_STATE", "the recording is finished");
    }
    if (paused && !e.paused) {
      e.pauses.add(new RecordingEntity.PauseRow(clock.instant(), actor));
    } else if (!paused && e.paused) {
      e.pauses.get(e.pauses.size() - 1).resumedAt = clock.instant();
    }
    e.paused = paused;
    return RecordingViews.view(e);
  }

  /** Pauses or resumes the call's open recordings (the media server's, from the media module). */
  public List<RecordingView> pauseCall(ContactId call, String actor, boolean paused) {
    List<RecordingView> out = new ArrayList<>();
    for (RecordingEntity e : open(call.value())) {
      out.add(pause(RecordingId.of(e.id), actor, paused));
    }
    return out;
  }

  @Override
  public RecordingView finish(RecordingId id, String actor) {
    RecordingEntity e = lock(id.value());
    if (RecordingSource.BROWSER.name().equals(e.source)
        && !actor.equals(e.recordedBy)
        && !SYSTEM.equals(actor)) {
      throw new RecordingRefusedException("NOT_ALLOWED", "not your recording");
    }
    finishLocked(e, actor);
    return RecordingViews.view(e);
  }

  private void finishLocked(RecordingEntity e, String actor) {
    if (!RecordingState.RECORDING.name().equals(e.state)) {
      return;
    }
    Instant now = clock.instant();
    if (e.paused) {
      e.pauses.get(e.pauses.size() - 1).resumedAt = now;
      e.paused = false;
    }
    e.endedAt = now;
    e.state = RecordingState.PROCESSING.name();
    addParticipants(e);
    e.expiresAt = Retention.expiresAt(e.startedAt, retentionDays(e.queueName));
    if (RecordingSource.BROWSER.name().equals(e.source)) {
      String id = e.id;
      String baseName = files.baseName(e.id, e.startedAt);
      // Only once the finish is stored: an assembly started earlier read the recording before it
      // was, and its own update was refused as stale (seen on PostgreSQL), leaving it PROCESSING.
      AfterCompletion.afterCommit(transactions, () -> assembly.assembleBrowser(id, baseName));
    }
  }

  @Override
  public void finishedOnServer(RecordingId id, List<ServerFile> serverFiles) {
    RecordingEntity e = lock(id.value());
    finishLocked(e, SYSTEM);
    String recording = e.id;
    List<ServerFile> written = List.copyOf(serverFiles);
    // after the commit, as for a browser's recording (finishLocked)
    AfterCompletion.afterCommit(transactions, () -> assembly.assembleServer(recording, written));
  }

  /**
   * The joined, seekable file of a recording is in place ({@code file} relative), or nothing
   * playable came of it ({@code file} null, {@code problem} says why). Called by {@link
   * RecordingAssembly} in a transaction of its own.
   */
  public void completed(
      String id, String file, long durationMs, long sizeBytes, boolean video, String problem) {
    RecordingEntity e = em.find(RecordingEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (e == null) {
      return;
    }
    e.filePath = file;
    e.durationMs = durationMs;
    e.sizeBytes = sizeBytes;
    e.video = e.video || video;
    e.problem = problem;
    e.state = (file == null ? RecordingState.FAILED : RecordingState.READY).name();
  }

  /** One party's file of a media server recording is in place (called by the assembly). */
  public void track(String id, String party, String file, long durationMs, long sizeBytes) {
    RecordingEntity e = em.find(RecordingEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (e != null) {
      e.tracks.removeIf(t -> t.party.equals(party));
      e.tracks.add(new RecordingEntity.TrackRow(party, file, durationMs, sizeBytes));
    }
  }

  @Override
  public List<RecordingView> ofContact(ContactId contact) {
    return em
        .createQuery(
            "select r from RecordingEntity r where r.contactId = :c order by r.startedAt desc",
            RecordingEntity.class)
        .setParameter("c", contact.value())
        .getResultList()
        .stream()
        .map(RecordingViews::view)
        .toList();
  }

  @Override
  public Optional<RecordingView> find(RecordingId id) {
    return Optional.ofNullable(em.find(RecordingEntity.class, id.value()))
        .map(RecordingViews::view);
  }

  @Override
  public RecordingPage search(RecordingQuery query) {
    return library.search(query);
  }

  @Override
  public RecordingMedia open(RecordingId id, String party, String actor, AuditAction action) {
    RecordingEntity e = em.find(RecordingEntity.class, id.value());
    if (e == null) {
      throw new RecordingRefusedException("NOT_FOUND", "no such recording");
    }
    if (!RecordingState.READY.name().equals(e.state)) {
      throw new RecordingRefusedException(
          "BAD_STATE", "the recording is " + e.state.toLowerCase() + ", not ready to play");
    }
    String relative = e.filePath;
    if (party != null) {
      relative =
          e.tracks.stream()
              .filter(t -> t.party.equals(party))
              .map(t -> t.filePath)
              .findFirst()
              .orElseThrow(
                  () -> new RecordingRefusedException("NOT_FOUND", "no track of " + party));
    }
    Path file = files.resolve(relative);
    long size;
    try {
      size = Files.size(file);
    } catch (IOException missing) {
      throw new RecordingRefusedException("NOT_FOUND", "the recording's file is missing");
    }
    boolean samePlayback =
        action == AuditAction.PLAY
            && audit.played(e.id, actor, clock.instant().minus(PLAYBACK_WINDOW));
    if (!samePlayback) {
      audit.record(actor, action, e.id, e.contactId, party == null ? null : "track " + party);
    }
    String type = e.video ? "video/webm" : "audio/webm";
    String name =
        "parley-%s-%s%s.webm"
            .formatted(
                e.contactId,
                e.startedAt.toString().substring(0, 19).replace(':', '-'),
                party == null ? "" : "-" + party.replaceAll("[^A-Za-z0-9-]", "_"));
    return new RecordingMedia(file, type, size, name);
  }

  @Override
  public RecordingView legalHold(RecordingId id, boolean hold, String actor) {
    RecordingEntity e = lock(id.value());
    if (e.legalHold != hold) {
      e.legalHold = hold;
      audit.record(
          actor,
          hold ? AuditAction.LEGAL_HOLD_ON : AuditAction.LEGAL_HOLD_OFF,
          e.id,
          e.contactId,
          null);
    }
    return RecordingViews.view(e);
  }

  @Override
  public void audit(
      String actor, AuditAction action, ContactId contact, RecordingId recording, String detail) {
    audit.record(
        actor,
        action,
        recording == null ? null : recording.value(),
        contact == null ? null : contact.value(),
        detail);
  }

  @Override
  public List<AuditEntry> auditTrail(
      RecordingId recording, String actor, Instant from, Instant to, int limit) {
    return audit.find(recording == null ? null : recording.value(), actor, from, to, limit);
  }

  @Override
  public int expire(Instant now) {
    return expiry.expire(now);
  }

  @Override
  public ConsistencyReport check() {
    return checker.check();
  }

  /** Browser recordings no chunk reached for {@code idleSince} (a closed tab): finished as is. */
  public int finishIdle(Instant idleSince) {
    List<RecordingEntity> idle =
        em.createQuery(
                "select r from RecordingEntity r where r.state = 'RECORDING' and r.source ="
                    + " 'BROWSER' and coalesce(r.lastChunkAt, r.startedAt) < :since",
                RecordingEntity.class)
            .setParameter("since", idleSince)
            .getResultList();
    int n = 0;
    for (RecordingEntity e : idle) {
      boolean callGoesOn =
          routing
              .contact(ContactId.of(e.contactId))
              .map(d -> d.contact().state() == ContactState.ACTIVE)
              .orElse(false);
      if (e.paused && callGoesOn) {
        continue; // a paused recorder sends nothing; it is not gone
      }
      finishLocked(lock(e.id), SYSTEM);
      n++;
    }
    return n;
  }

  private RecordingEntity newRecording(
      ContactView contact, RecordingKind kind, RecordingSource source) {
    RecordingEntity e =
        new RecordingEntity(
            UUID.randomUUID().toString(),
            contact.id(),
            kind.name(),
            contact.channel().name(),
            source.name());
    e.queueName = contact.queue();
    e.customerAddress = contact.customer();
    conversations
        .find(ContactId.of(contact.id()))
        .ifPresent(
            (ConversationInfo info) -> {
              e.customerId = info.customer() == null ? null : info.customer().value();
              e.customerName = info.customerName();
            });
    e.startedAt = clock.instant();
    e.video = contact.channel() == dev.parley.routing.api.Channel.VIDEO;
    e.state = RecordingState.RECORDING.name();
    return e;
  }

  private void addParticipants(RecordingEntity e) {
    List<String> agents = new ArrayList<>(RecordingEntity.list(e.agents));
    List<String> experts = new ArrayList<>(RecordingEntity.list(e.experts));
    for (Participant p : conversations.participants(ContactId.of(e.contactId))) {
      if (p.joinedAt() != null && p.joinedAt().isAfter(clock.instant())) {
        continue;
      }
      if (p.leftAt() != null && p.leftAt().isBefore(e.startedAt)) {
        continue; // took part before this recording began
      }
      String name = p.agent().value();
      List<String> into = p.role() == dev.parley.conversation.AuthorRole.EXPERT ? experts : agents;
      if (!agents.contains(name) && !experts.contains(name)) {
        into.add(name);
      }
    }
    e.agents = RecordingEntity.names(agents);
    e.experts = RecordingEntity.names(experts);
  }

  private List<RecordingEntity> openBrowserRecordings(String contact, String agent) {
    return em.createQuery(
            "select r from RecordingEntity r where r.contactId = :c and r.recordedBy = :a"
                + " and r.state = 'RECORDING' and r.source = 'BROWSER'",
            RecordingEntity.class)
        .setParameter("c", contact)
        .setParameter("a", agent)
        .getResultList();
  }

  private List<RecordingEntity> open(String contact) {
    return em.createQuery(
            "select r from RecordingEntity r where r.contactId = :c and r.state = 'RECORDING'",
            RecordingEntity.class)
        .setParameter("c", contact)
        .getResultList();
  }

  private RecordingEntity lock(String id) {
    RecordingEntity e = em.find(RecordingEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (e == null) {
      throw new RecordingRefusedException("NOT_FOUND", "no such recording");
    }
    return e;
  }

  private Optional<QueueDefinition> queue(String name) {
    return name == null ? Optional.empty() : admin.find(ReferenceKind.QUEUE, name);
  }

  private RecordingPolicy policyOf(Optional<QueueDefinition> q) {
    return q.map(QueueDefinition::recording)
        .map(RecordingPolicy::valueOf)
        .orElse(RecordingPolicy.ALWAYS);
  }

  private Integer retentionDays(String queueName) {
    return queue(queueName).map(QueueDefinition::recordingRetentionDays).orElse(null);
  }
}
