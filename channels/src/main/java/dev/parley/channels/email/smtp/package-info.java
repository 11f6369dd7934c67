/**
 * The e-mail channel's front door: an SMTP and an LMTP listener built on Apache James protocols
 * (over Netty). The organisation's mail server relays support addresses to it; {@link MailListener}
 * accepts a message only from the configured relay networks, within the limits of {@link
 * ListenerSettings}, and answers 250 only after {@link MailDrop} has stored the raw message durably
 * — any failure there is a 4xx, so the sending server retries and nothing is lost. Parsing,
 * threading and routing of what was stored happen elsewhere. The listener's replies and settings
 * are described in {@code docs/email-listener.md}.
 */
package dev.parley.channels.email.smtp;
