package dev.parley.channels.email.smtp;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.james.core.MailAddress;
import org.apache.james.protocols.api.ProtocolSession.State;
import org.apache.james.protocols.api.Response;
import org.apache.james.protocols.lmtp.LMTPMultiResponse;
import org.apache.james.protocols.smtp.SMTPResponse;
import org.apache.james.protocols.smtp.SMTPSession;

/**
 * Hands a complete message to the {@link MailDrop} and turns the outcome into the reply: 250 only
 * after the drop returned (stored, or recognised as a redelivery), 451 4.3.0 when it threw, so the
 * sending server keeps the message and retries. LMTP answers once per recipient (RFC 2033), all
 * alike since one stored message serves them all.
 */
final class DeliverMessage {

  private static final Logger LOG = Logger.getLogger(DeliverMessage.class.getName());

  private final MailDrop drop;
  private final Envelope.Protocol protocol;
  private final String helloName;
  private final Clock clock;

  DeliverMessage(MailDrop drop, Envelope.Protocol protocol, String helloName, Clock clock) {
    this.drop = drop;
    this.protocol = protocol;
    this.helloName = helloName;
    this.clock = clock;
  }

  Response deliver(SMTPSession session, ReceivedMessage message) {
    Envelope envelope = envelope(session, message, clock.instant());
    byte[] received = ReceivedHeader.of(envelope, helloName, with(session), session.getSessionID());
    long started = System.nanoTime();
    Dropped dropped;
    try (InputStream content =
        new SequenceInputStream(new ByteArrayInputStream(received), message.content())) {
      dropped = drop.drop(envelope, content);
      if (dropped == null) {
        throw new IllegalStateException("MailDrop answered null");
      }
    } catch (Exception e) {
      LOG.log(
          Level.WARNING,
          "event=email.listener.drop.failed client=%s from=%s recipients=%d cause=%s"
              .formatted(client(envelope), envelope.mailFrom(), envelope.recipients().size(), e),
          e);
      return refuseAll(message, "451", "4.3.0", "Message not stored, try again later");
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    LOG.fine(
        () ->
            "event=email.listener.stored client=%s protocol=%s from=%s recipients=%d bytes=%d tls=%s result=%s drop-ms=%d"
                .formatted(
                    client(envelope),
                    protocol,
                    envelope.mailFrom(),
                    envelope.recipients().size(),
                    message.received(),
                    envelope.tls(),
                    dropped,
                    millis));
    String text = dropped == Dropped.NEW ? "Message stored" : "Message already stored (redelivery)";
    return protocol == Envelope.Protocol.SMTP
        ? Replies.reply("250", "2.0.0 " + text)
        : perRecipient(message.getRecipients(), "250", "2.1.5", text);
  }

  /**
   * The same refusal for the whole message: one reply in SMTP, one per recipient in LMTP.
   *
   * @param status the enhanced status code, e.g. {@code 4.3.0}
   */
  Response refuseAll(ReceivedMessage message, String code, String status, String text) {
    return protocol == Envelope.Protocol.SMTP
        ? Replies.reply(code, status + " " + text)
        : perRecipient(message.getRecipients(), code, status, text);
  }

  private static Response perRecipient(
      List<MailAddress> recipients, String code, String status, String text) {
    return LMTPMultiResponse.of(
        recipients.stream()
            .<Response>map(r -> new SMTPResponse(code, status + " <" + r.asString() + "> " + text))
            .toList());
  }

  private Envelope envelope(SMTPSession session, ReceivedMessage message, Instant at) {
    return new Envelope(
        message.getMaybeSender().asOptional().map(MailAddress::asString).orElse(""),
        message.getRecipients().stream().map(MailAddress::asString).toList(),
        session.getRemoteAddress(),
        session.getAttachment(SMTPSession.CURRENT_HELO_NAME, State.Connection).orElse("unknown"),
        protocol,
        session.isTLSStarted(),
        at);
  }

  /** The protocol name of the Received header (RFC 3848). */
  private String with(SMTPSession session) {
    String name;
    if (protocol == Envelope.Protocol.LMTP) {
      name = "LMTP";
    } else {
      boolean ehlo =
          "EHLO"
              .equals(
                  session
                      .getAttachment(SMTPSession.CURRENT_HELO_MODE, State.Connection)
                      .orElse(""));
      name = ehlo ? "ESMTP" : "SMTP";
    }
    return session.isTLSStarted() ? name + "S" : name;
  }

  private static String client(Envelope envelope) {
    return AdmitConnection.ip(envelope.remote().getAddress());
  }
}
