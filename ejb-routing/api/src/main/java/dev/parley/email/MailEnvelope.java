package dev.parley.email;

import java.time.Instant;
import java.util.List;

/**
 * How a message arrived: the SMTP envelope ({@code mailFrom} may be empty, a bounce), the peer and
 * its greeting, the protocol ({@code SMTP} or {@code LMTP}) and whether TLS was on.
 */
public record MailEnvelope(
    String mailFrom,
    List<String> recipients,
    String remoteAddress,
    String helo,
    String protocol,
    boolean tls,
    Instant receivedAt) {

  public MailEnvelope {
    mailFrom = mailFrom == null ? "" : mailFrom;
    recipients = List.copyOf(recipients);
  }
}
