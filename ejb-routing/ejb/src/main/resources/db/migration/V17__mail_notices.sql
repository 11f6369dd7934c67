-- Mail notices (ADR 0022): outbox entries that belong to no thread — chat transcripts visitors asked
-- for and voicemail notifications to a queue's address. Same SQL on H2 and PostgreSQL.

-- A notice's idempotency key ("transcript:<contact>", "voicemail:<recording>"): one row per key.
-- Replies keep it null (a unique index takes any number of nulls on both databases).
ALTER TABLE email_outbox ADD COLUMN notice_key VARCHAR(200);
CREATE UNIQUE INDEX ux_email_outbox_notice ON email_outbox (notice_key);

-- When the transcript a visitor asked for was queued (null: not yet). Set in the transaction that
-- queues it, so a transcript is queued once; a sweep finds ended conversations still waiting.
ALTER TABLE conversation ADD COLUMN transcript_queued_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_conversation_transcript_due ON conversation (transcript_queued_at, ended_at);

-- When it was decided whether a voicemail contact's notice goes out (queued, or none: the queue had
-- no address). Null while undecided; set in the transaction that queues the notice.
ALTER TABLE recording ADD COLUMN voicemail_noticed_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_recording_voicemail_notice ON recording (voicemail_noticed_at, voicemail_contact_id);

-- The address a queue's voicemail messages are announced to (null: none).
ALTER TABLE routing_queue ADD COLUMN voicemail_notify VARCHAR(254);

-- What came before this version is not announced after the upgrade: transcripts asked for while
-- nothing sent them, and voicemail messages agents already have.
UPDATE conversation SET transcript_queued_at = ended_at
    WHERE transcript_email IS NOT NULL AND ended_at IS NOT NULL;
UPDATE recording SET voicemail_noticed_at = COALESCE(ended_at, started_at) WHERE voicemail_contact_id IS NOT NULL;
