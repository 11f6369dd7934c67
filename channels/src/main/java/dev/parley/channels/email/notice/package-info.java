/**
 * Notices (docs/adr/0022-mail-notices.md): mail Parley sends on its own that belongs to no e-mail
 * thread — the transcript a chat visitor asked for, and the announcement of a voicemail message to
 * its queue's address. Each is composed here ({@link
 * dev.parley.channels.email.notice.TranscriptText}, {@link
 * dev.parley.channels.email.notice.VoicemailText}) and queued in the e-mail outbox under an
 * idempotency key in the same transaction that marks it done ({@link
 * dev.parley.channels.email.notice.Notices}); an event right after the fact starts it, and a sweep
 * at start-up and every minute catches what a stop in between left ({@link
 * dev.parley.channels.email.notice.NoticeTriggers}).
 */
package dev.parley.channels.email.notice;
