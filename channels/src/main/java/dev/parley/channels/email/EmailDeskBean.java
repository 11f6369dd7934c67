package dev.parley.channels.email;

import dev.parley.channels.email.mime.HtmlSanitizer;
import dev.parley.channels.email.mime.RemoteContent;
import dev.parley.channels.email.mime.SanitizedHtml;
import dev.parley.channels.email.out.ReplyComposer;
import dev.parley.conversation.Conversations;
import dev.parley.conversation.StoredAttachment;
import dev.parley.email.EmailDesk;
import dev.parley.email.EmailMessage;
import dev.parley.email.EmailThread;
import dev.parley.email.EmailThreadView;
import dev.parley.email.MailStore;
import dev.parley.email.NewOutbound;
import dev.parley.email.Reply;
import dev.parley.routing.api.RoutingRefusedException;
import dev.parley.routing.api.RoutingRefusedException.Kind;
import dev.parley.routing.api.id.AttachmentId;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * {@link EmailDesk}: threads read through {@link MailStore} with their HTML sanitized (inline
 * images pointing at the conversation's attachment downloads, remote images only when asked for),
 * and replies composed ({@link ReplyComposer}) and queued in the outbox.
 */
@Stateless
@Local(EmailDesk.class)
public class EmailDeskBean implements EmailDesk {

  /** Where a conversation's files download (the agent REST). */
  static final String FILES = "/api/agent/attachments/";

  private final HtmlSanitizer sanitizer = new HtmlSanitizer();

  private final Clock clock = Clock.systemUTC();

  @EJB MailStore store;

  @EJB Conversations conversations;

  @Inject Config config;

  @Override
  public Optional<EmailThreadView> view(String contact) {
    Optional<EmailThread> thread = store.thread(contact);
    if (thread.isEmpty()) {
      return Optional.empty();
    }
    Map<Long, EmailThreadView.Delivery> deliveries = store.deliveries(contact);
    List<EmailThreadView.Message> messages = new ArrayList<>();
    for (EmailMessage m : store.messages(contact)) {
      messages.add(message(m, deliveries.get(m.seq())));
    }
    EmailThread t = thread.get();
    return Optional.of(
        new EmailThreadView(
            t.contact(), t.ticket(), t.subject(), t.customerAddress(), t.mailbox(), messages));
  }

  @Override
  public Optional<EmailThreadView.Html> html(String contact, long seq, boolean remote) {
    return store.messages(contact).stream()
        .filter(m -> m.seq() == seq && m.html() != null)
        .findFirst()
        .map(m -> sanitize(m, remote))
        .map(h -> new EmailThreadView.Html(h.html(), h.blockedRemote()));
  }

  @Override
  public EmailThreadView.Message reply(
      String contact, String agent, String agentName, Reply reply) {
    EmailThread thread =
        store
            .thread(contact)
            .orElseThrow(() -> new RoutingRefusedException(Kind.NOT_FOUND, "no e-mail thread"));
    if (reply.text().isBlank()) {
      throw new RoutingRefusedException(Kind.INVALID, "the reply has no text");
    }
    List<InternetAddress> cc = new ArrayList<>();
    for (String typed : reply.cc()) {
      try {
        cc.add(ReplyComposer.address(typed));
      } catch (IllegalArgumentException e) {
        throw new RoutingRefusedException(Kind.INVALID, e.getMessage());
      }
    }
    List<EmailMessage> messages = store.messages(contact);
    Threading threading = Threading.of(thread, messages);
    String text = reply.quote() ? reply.text() + threading.quote() : reply.text();
    Senders senders = Senders.of(config);
    String messageId = senders.messageId(thread.mailbox());
    InternetAddress from = ReplyComposer.address(senders.fromAddress(thread.mailbox()), agentName);
    InternetAddress to = ReplyComposer.address(thread.customerAddress());
    List<ReplyComposer.File> files = new ArrayList<>();
    for (String id : reply.attachments()) {
      StoredAttachment a =
          conversations
              .attachment(AttachmentId.of(id))
              .filter(s -> s.conversation().value().equals(contact))
              .orElseThrow(() -> new RoutingRefusedException(Kind.INVALID, "no file " + id));
      try {
        files.add(
            new ReplyComposer.File(a.ref().name(), a.ref().type(), Files.readAllBytes(a.file())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    byte[] mime =
        ReplyComposer.compose(
            new ReplyComposer.Draft(
                from,
                List.of(to),
                cc,
                threading.subject(),
                messageId,
                threading.inReplyTo(),
                threading.references(),
                text,
                files,
                clock.instant(),
                ReplyComposer.Written.BY_AGENT));
    List<String> recipients = new ArrayList<>();
    recipients.add(to.getAddress());
    cc.forEach(c -> recipients.add(c.getAddress()));
    EmailMessage queued =
        store.queueReply(
            contact,
            new NewOutbound(
                reply.clientId(),
                agent,
                agentName,
                text,
                reply.attachments(),
                messageId,
                threading.subject(),
                from.getAddress(),
                agentName,
                List.of(to.getAddress()),
                cc.stream().map(InternetAddress::getAddress).toList(),
                text,
                from.getAddress(),
                recipients,
                mime));
    return message(queued, store.deliveries(contact).get(queued.seq()));
  }

  /** One message as the agent reads it: HTML sanitized, remote images blocked. */
  private EmailThreadView.Message message(EmailMessage m, EmailThreadView.Delivery delivery) {
    SanitizedHtml html = m.html() == null ? null : sanitize(m, false);
    return new EmailThreadView.Message(
        m.seq(),
        m.direction(),
        m.messageId(),
        m.subject(),
        new EmailThreadView.Address(m.fromAddress(), m.fromName()),
        m.to(),
        m.cc(),
        m.sentAt(),
        m.text(),
        html == null ? null : html.html(),
        html == null ? 0 : html.blockedRemote(),
        files(m),
        m.problems(),
        m.flagged(),
        delivery);
  }

  private SanitizedHtml sanitize(EmailMessage m, boolean remote) {
    Map<String, String> byCid = new java.util.HashMap<>();
    for (EmailMessage.File f : m.files()) {
      if (f.contentId() != null) {
        byCid.put(f.contentId(), FILES + f.attachmentId());
      }
    }
    return sanitizer.sanitize(
        m.html(), remote ? RemoteContent.ALLOW : RemoteContent.BLOCK, byCid::get);
  }

  private List<EmailThreadView.File> files(EmailMessage m) {
    List<EmailThreadView.File> out = new ArrayList<>();
    for (EmailMessage.File f : m.files()) {
      conversations
          .attachment(AttachmentId.of(f.attachmentId()))
          .ifPresent(
              a ->
                  out.add(
                      new EmailThreadView.File(
                          f.attachmentId(),
                          a.ref().name(),
                          a.ref().type(),
                          a.ref().size(),
                          f.contentId(),
                          f.contentId() != null)));
    }
    return out;
  }
}
