package dev.parley.channels.email.notice;

import dev.parley.conversation.ConversationEvent;
import dev.parley.conversation.Conversations;
import dev.parley.recording.Recordings;
import dev.parley.recording.VoicemailLeft;
import dev.parley.routing.api.id.ContactId;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Starts notices: at once when a transcript becomes due or a voicemail message becomes a contact
 * (events observed once their transaction committed, handled on a managed executor so the caller
 * never waits for the mail), and by a sweep every minute — the first within a minute of start-up —
 * for what a stop between the fact and its notice left. Both go through {@link Notices}, which
 * queues each once, so the sweep and the event meeting on one notice is harmless.
 */
@Singleton
@Startup
@DependsOn("parley-ejb-routing.jar#RoutingRuntime")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NoticeTriggers {

  private static final Logger LOG = Logger.getLogger(NoticeTriggers.class.getName());

  /** Notices taken per sweep and kind; the rest wait for the next minute. */
  static final int SWEEP = 200;

  @Resource ManagedExecutorService executor;

  @EJB Notices notices;

  @EJB Conversations conversations;

  @EJB Recordings recordings;

  @Inject Config config;

  private final AtomicBoolean sweeping = new AtomicBoolean();

  /** Fails the start on a bad setting rather than at the first notice. */
  @PostConstruct
  void checkSettings() {
    Notices.zone(config);
  }

  public void transcriptDue(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationEvent.TranscriptDue due) {
    executor.execute(() -> transcript(due.conversation()));
  }

  public void voicemailLeft(@Observes(during = TransactionPhase.AFTER_SUCCESS) VoicemailLeft left) {
    executor.execute(() -> voicemail(left));
  }

  @Schedule(hour = "*", minute = "*", second = "20", persistent = false)
  void sweep() {
    if (!sweeping.compareAndSet(false, true)) {
      return; // the last sweep still runs
    }
    try {
      int transcripts = 0;
      for (ContactId c : conversations.transcriptsDue(SWEEP)) {
        transcripts += transcript(c) ? 1 : 0;
      }
      int voicemails = 0;
      for (VoicemailLeft v : recordings.voicemailNoticesDue(SWEEP)) {
        voicemails += voicemail(v) ? 1 : 0;
      }
      if (transcripts + voicemails > 0) {
        int t = transcripts;
        int v = voicemails;
        LOG.info(() -> "event=email.notice.swept transcripts=%d voicemails=%d".formatted(t, v));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "event=email.notice.sweep.failed", e);
    } finally {
      sweeping.set(false);
    }
  }

  private boolean transcript(ContactId conversation) {
    try {
      return notices.transcript(conversation);
    } catch (RuntimeException e) {
      // rolled back, mark included: the next sweep tries again
      LOG.log(Level.WARNING, "event=email.notice.failed key=transcript:" + conversation.value(), e);
      return false;
    }
  }

  private boolean voicemail(VoicemailLeft left) {
    try {
      return notices.voicemail(left.recording(), left.contact());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "event=email.notice.failed key=voicemail:" + left.recording().value(), e);
      return false;
    }
  }
}
