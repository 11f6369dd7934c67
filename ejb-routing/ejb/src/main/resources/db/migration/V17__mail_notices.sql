-- Mail notices (ADR 0022): outbox entries that belong to no thread — chat transcripts visitors asked
-- for and voicemail notifications to a queue's address. Same SQL on H2 and PostgreSQL.

-- A notice's idempotency key ("transcript:<contact>", "voicemail:<recording>"): one row per key.
-- Replies keep it null (a unique index takes any number of nulls on both databases).
ALTER TABLE email_outbox ADD COLUMN notice_key VARCHAR(200);
CREATE UNIQUE INDEX ux_email_outbox_notice ON email_outbox (notice_key);

-- Where the transcript a visitor asked for stands: ASKED (null: never asked), QUEUED once it is in
-- the outbox — set in the transaction that queues it, so it is queued once. The sweep looks for
-- ASKED conversations that ended: the index starts with the state, so it reads those only.
ALTER TABLE conversation ADD COLUMN transcript_state VARCHAR(8);
ALTER TABLE conversation ADD CONSTRAINT ck_conversation_transcript_state
    CHECK (transcript_state IN ('ASKED', 'QUEUED'));
CREATE INDEX ix_conversation_transcript_state ON conversation (transcript_state, ended_at);

-- Where a voicemail message's notice stands: DUE from the moment it became a contact (written with
-- the link), DONE once decided (queued, or none: the queue had no address). Null for calls.
ALTER TABLE recording ADD COLUMN voicemail_notice VARCHAR(8);
ALTER TABLE recording ADD CONSTRAINT ck_recording_voicemail_notice
    CHECK (voicemail_notice IN ('DUE', 'DONE'));
CREATE INDEX ix_recording_voicemail_notice ON recording (voicemail_notice, started_at);

-- The address a queue's voicemail messages are announced to (null: none).
ALTER TABLE routing_queue ADD COLUMN voicemail_notify VARCHAR(254);

-- What came before this version is not announced after the upgrade: transcripts asked for in
-- chats that ended while nothing sent them, and voicemail messages agents already have. (A chat
-- still open gets its transcript when it ends.)
UPDATE conversation SET transcript_state = 'QUEUED'
    WHERE transcript_email IS NOT NULL AND ended_at IS NOT NULL;
UPDATE conversation SET transcript_state = 'ASKED'
    WHERE transcript_email IS NOT NULL AND ended_at IS NULL;
UPDATE recording SET voicemail_notice = 'DONE' WHERE voicemail_contact_id IS NOT NULL;
