package dev.parley.channels.email;

import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;

/**
 * Who Parley's outgoing mail is from, and the domain of the Message-IDs it makes — decided here
 * only, for replies, acknowledgements and notices alike. {@code parley.email.from} and {@code
 * parley.email.domain} when set; otherwise the thread's support address (its mailbox) and that
 * address's domain; otherwise {@code support@parley.local}.
 */
public final class Senders {

  static final String FALLBACK_DOMAIN = "parley.local";

  private final String from;
  private final String domain;

  Senders(String from, String domain) {
    this.from = blankToNull(from);
    this.domain = blankToNull(domain);
  }

  public static Senders of(Config config) {
    return new Senders(
        config.getOptionalValue("parley.email.from", String.class).orElse(null),
        config.getOptionalValue("parley.email.domain", String.class).orElse(null));
  }

  /** The address mail about a thread received at {@code mailbox} (may be null) goes out from. */
  public String fromAddress(String mailbox) {
    if (from != null) {
      return from;
    }
    return domainOf(mailbox).isPresent() ? mailbox.strip() : "support@" + domain(mailbox);
  }

  /** The domain of Message-IDs made for mail about a thread received at {@code mailbox}. */
  public String domain(String mailbox) {
    return domain != null ? domain : domainOf(mailbox).orElse(FALLBACK_DOMAIN);
  }

  /** A new, unique Message-ID (without angle brackets). */
  public String messageId(String mailbox) {
    return UUID.randomUUID() + "@" + domain(mailbox);
  }

  private static Optional<String> domainOf(String address) {
    String a = address == null ? "" : address.strip();
    int at = a.indexOf('@');
    return at > 0 && at < a.length() - 1 ? Optional.of(a.substring(at + 1)) : Optional.empty();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
