package dev.parley.channels.email.smtp;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The SMTP/LMTP envelope of one received message, as the sending server gave it.
 *
 * @param mailFrom the reverse path of MAIL FROM without angle brackets; empty for the null sender
 *     ({@code <>}, bounces)
 * @param recipients the accepted RCPT TO addresses, in order, at least one
 * @param remote the sending server's address and port
 * @param helo the name the sender gave in HELO, EHLO or LHLO
 * @param protocol SMTP or LMTP
 * @param tls whether the session was encrypted (STARTTLS) when the message arrived
 * @param receivedAt when the end of DATA arrived
 */
public record Envelope(
    String mailFrom,
    List<String> recipients,
    InetSocketAddress remote,
    String helo,
    Protocol protocol,
    boolean tls,
    Instant receivedAt) {

  /** The protocol a message arrived by. */
  public enum Protocol {
    SMTP,
    LMTP
  }

  public Envelope {
    Objects.requireNonNull(mailFrom, "mailFrom");
    recipients = List.copyOf(recipients);
    if (recipients.isEmpty()) {
      throw new IllegalArgumentException("an envelope has at least one recipient");
    }
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(helo, "helo");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /** Whether this is a bounce or other notification sent with the null reverse path. */
  public boolean nullSender() {
    return mailFrom.isEmpty();
  }
}
