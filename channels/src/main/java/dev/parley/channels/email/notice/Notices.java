package dev.parley.channels.email.notice;

import dev.parley.channels.email.Senders;
import dev.parley.channels.email.out.NoticeComposer;
import dev.parley.channels.email.out.ReplyComposer;
import dev.parley.conversation.ConversationInfo;
import dev.parley.conversation.Conversations;
import dev.parley.conversation.Message;
import dev.parley.email.MailStore;
import dev.parley.email.Notice;
import dev.parley.recording.RecordingView;
import dev.parley.recording.Recordings;
import dev.parley.routing.api.RoutingService;
import dev.parley.routing.api.admin.QueueDefinition;
import dev.parley.routing.api.admin.ReferenceKind;
import dev.parley.routing.api.admin.RoutingAdmin;
import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.RecordingId;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Queues one notice, each in one transaction with the mark that it is done: the conversation's
 * transcript claimed ({@link Conversations#claimTranscript}) or the voicemail message's notice
 * decided ({@link Recordings#claimVoicemailNotice}), then the composed mail in the outbox under its
 * key. Either both are committed or neither, so a notice is queued once however often it is asked
 * for and whatever stops in between.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Notices {

  private static final Logger LOG = Logger.getLogger(Notices.class.getName());

  /** Messages read per page for a transcript. */
  private static final int PAGE = 1000;

  @EJB MailStore store;

  @EJB Conversations conversations;

  @EJB Recordings recordings;

  @EJB RoutingService routing;

  @EJB RoutingAdmin admin;

  @Inject Config config;

  private final Clock clock = Clock.systemUTC();

  private Senders senders;
  private ZoneId zone;
  private String publicUrl;

  @PostConstruct
  void settings() {
    senders = Senders.of(config);
    zone = zone(config);
    publicUrl =
        config
            .getOptionalValue("parley.public.url", String.class)
            .orElse("http://localhost:8080/")
            .strip();
  }

  /**
   * The zone of the times in notices, {@code parley.email.time-zone} (UTC when not set); a value
   * that names no zone is refused naming the setting (checked at start-up by {@link
   * NoticeTriggers}).
   */
  static ZoneId zone(Config config) {
    String z = config.getOptionalValue("parley.email.time-zone", String.class).orElse("UTC");
    try {
      return ZoneId.of(z.strip());
    } catch (DateTimeException e) {
      throw new IllegalStateException(
          "parley.email.time-zone (PARLEY_EMAIL_TIME_ZONE) is not a time zone: " + z, e);
    }
  }

  /**
   * Queues the transcript of {@code conversation} if it is due (asked for, ended, not queued yet);
   * answers whether this call queued it.
   */
  public boolean transcript(ContactId conversation) {
    ConversationInfo c = conversations.claimTranscript(conversation).orElse(null);
    if (c == null) {
      return false;
    }
    String with =
        routing
            .contact(conversation)
            .map(d -> d.contact().queue())
            .filter(q -> q != null && !q.isBlank())
            .orElse("us");
    InternetAddress to = address(c.transcriptEmail(), "transcript:" + conversation.value());
    if (to == null) {
      return false;
    }
    TranscriptText words = new TranscriptText(zone);
    return queue(
        "transcript:" + conversation.value(),
        to,
        words.subject(c, with),
        words.text(c, with, visibleMessages(conversation)));
  }

  /**
   * Decides the notice of voicemail message {@code recording} if undecided: queued to its queue's
   * {@code voicemailNotify} address, or none when the queue has none. Answers whether this call
   * queued one.
   */
  public boolean voicemail(RecordingId recording, ContactId contact) {
    RecordingView v = recordings.claimVoicemailNotice(recording).orElse(null);
    if (v == null) {
      return false;
    }
    String address =
        v.queue() == null
            ? null
            : admin
                .find(ReferenceKind.QUEUE, v.queue())
                .map(QueueDefinition::voicemailNotify)
                .filter(a -> !a.isBlank())
                .orElse(null);
    if (address == null) {
      LOG.fine(() -> "event=email.notice.none kind=voicemail recording=" + recording.value());
      return false; // decided: this queue announces nothing
    }
    InternetAddress to = address(address, "voicemail:" + recording.value());
    if (to == null) {
      return false;
    }
    VoicemailText words = new VoicemailText(zone, publicUrl);
    return queue(
        "voicemail:" + recording.value(), to, words.subject(v), words.text(v, contact.value()));
  }

  /**
   * The address to send to, or null when the mail library refuses it: the claim stays (nothing can
   * be sent to it, trying again every minute would not change that), the reason is logged.
   */
  private static InternetAddress address(String address, String key) {
    try {
      return ReplyComposer.address(address);
    } catch (IllegalArgumentException e) {
      LOG.warning(() -> "event=email.notice.refused key=%s why=%s".formatted(key, e.getMessage()));
      return null;
    }
  }

  private boolean queue(String key, InternetAddress to, String subject, String text) {
    InternetAddress from = ReplyComposer.address(senders.fromAddress(null));
    String messageId = senders.messageId(null);
    byte[] mime =
        NoticeComposer.compose(
            new NoticeComposer.Draft(from, List.of(to), subject, messageId, text, clock.instant()));
    return store.queueNotice(
        new Notice(key, messageId, from.getAddress(), List.of(to.getAddress()), mime));
  }

  /** Every message the customer could read, in order (the customer's view, page by page). */
  private List<Message> visibleMessages(ContactId conversation) {
    List<Message> all = new ArrayList<>();
    long after = 0;
    while (true) {
      List<Message> page = conversations.messages(conversation, after, true, PAGE);
      all.addAll(page);
      if (page.size() < PAGE) {
        return all;
      }
      after = page.get(page.size() - 1).seq();
    }
  }
}
