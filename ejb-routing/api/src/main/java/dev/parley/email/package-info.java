/**
 * The e-mail channel's store (ADR 0021): every message a listener received, kept raw and durably
 * before the sender is answered; threads (one EMAIL contact each, with a ticket number) and their
 * messages; the outbox of everything Parley sends — replies in threads, and notices in none
 * (transcripts, voicemail notifications: {@link Notice}, ADR 0022); the rules that send a support
 * address to a queue. What may call it: the channels module (the SMTP/LMTP listener and the filing
 * of what it received) and the web module (agents reading threads, admins' rules). Parsing MIME is
 * the channels module's job: this package takes messages already parsed ({@link InboundEmail}).
 */
package dev.parley.email;
