-- Voicemail (ADR 0019): a new channel, VOICEMAIL, nine letters, longer than the channel columns
-- were; its weight in the routing settings (below chat, above SMS); and the voicemail contact a
-- recorded message became. Same SQL on H2 and PostgreSQL.
ALTER TABLE routing_contact ALTER COLUMN channel SET DATA TYPE VARCHAR(16);
ALTER TABLE routing_agent_capacity ALTER COLUMN channel SET DATA TYPE VARCHAR(16);
ALTER TABLE routing_queue_channel ALTER COLUMN channel SET DATA TYPE VARCHAR(16);
ALTER TABLE routing_settings ADD COLUMN voicemail_weight INTEGER DEFAULT 150 NOT NULL;
ALTER TABLE recording ADD COLUMN voicemail_contact_id VARCHAR(64);
CREATE INDEX recording_voicemail_contact ON recording (voicemail_contact_id);
