/**
 * Mail Parley sends (ADR 0021, docs/email.md): replies composed as threaded MIME messages ({@link
 * dev.parley.channels.email.out.ReplyComposer}) and the outbox's sender ({@link
 * dev.parley.channels.email.out.OutboxSender}), which hands them to the configured SMTP server and
 * retries temporary failures with backoff.
 */
package dev.parley.channels.email.out;
