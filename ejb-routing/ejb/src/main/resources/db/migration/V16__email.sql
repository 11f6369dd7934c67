-- The e-mail channel (ADR 0021, package dev.parley.email). Same SQL on H2 and PostgreSQL.

-- Every message a listener received, as received, stored before the sender was answered 250.
-- dedupe_key (SHA-256 of the Message-ID and the bytes) makes a redelivery of the same message the
-- same row. state RECEIVED until the message is in its thread (FILED, contact_id set).
CREATE TABLE email_inbound (
    id             VARCHAR(64)              PRIMARY KEY,
    dedupe_key     VARCHAR(64)              NOT NULL,
    message_id     VARCHAR(998),
    mail_from      VARCHAR(320)             NOT NULL,
    recipients     VARCHAR(4000)            NOT NULL,
    remote_address VARCHAR(64),
    helo           VARCHAR(255),
    protocol       VARCHAR(8)               NOT NULL,
    tls            BOOLEAN                  NOT NULL,
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    size_bytes     BIGINT                   NOT NULL,
    raw            BYTEA                    NOT NULL,
    state          VARCHAR(8)               NOT NULL,
    contact_id     VARCHAR(64),
    filed_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_email_inbound_state CHECK (state IN ('RECEIVED', 'FILED'))
);
CREATE UNIQUE INDEX ux_email_inbound_dedupe ON email_inbound (dedupe_key);
CREATE INDEX ix_email_inbound_state ON email_inbound (state, received_at);

-- A thread: one EMAIL contact, its ticket number (the [#n] token in subjects), the customer's
-- address and the support address it was written to.
CREATE SEQUENCE email_ticket_seq START WITH 1001 INCREMENT BY 1;
CREATE TABLE email_thread (
    ticket           BIGINT                   PRIMARY KEY,
    contact_id       VARCHAR(64)              NOT NULL,
    subject          VARCHAR(998)             NOT NULL,
    customer_address VARCHAR(320)             NOT NULL,
    mailbox          VARCHAR(320),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX ux_email_thread_contact ON email_thread (contact_id);

-- The e-mail side of a conversation message: headers, the whole text and HTML (the conversation
-- message holds the text cut to its length), where it came from, what was wrong with it.
CREATE TABLE email_message (
    id              VARCHAR(64)              PRIMARY KEY,
    conversation_id VARCHAR(64)              NOT NULL,
    seq             BIGINT                   NOT NULL,
    direction       VARCHAR(8)               NOT NULL,
    inbound_id      VARCHAR(64),
    message_id      VARCHAR(998),
    subject         VARCHAR(998)             NOT NULL,
    from_address    VARCHAR(320)             NOT NULL,
    from_name       VARCHAR(200),
    to_addresses    VARCHAR(4000)            NOT NULL,
    cc_addresses    VARCHAR(4000)            NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    body_text       TEXT                     NOT NULL,
    body_html       TEXT,
    attachments     VARCHAR(4000)            NOT NULL,
    problems        VARCHAR(4000),
    flagged         BOOLEAN                  NOT NULL,
    CONSTRAINT ck_email_message_direction CHECK (direction IN ('INBOUND', 'OUTBOUND'))
);
CREATE UNIQUE INDEX ux_email_message_seq ON email_message (conversation_id, seq);
CREATE INDEX ix_email_message_id ON email_message (message_id);

-- Which queue a support address's mail goes to: an address (support@example.com), a domain
-- (@example.com) or * (every other address: the default queue).
CREATE TABLE email_route (
    address    VARCHAR(320) PRIMARY KEY,
    queue_name VARCHAR(64)  NOT NULL
);

-- E-mail attachments may have long declared types (office documents).
ALTER TABLE conversation_attachment ALTER COLUMN content_type SET DATA TYPE VARCHAR(128);

-- The outbox: every message Parley sends (agents' replies, transcripts, notifications), composed
-- when queued and kept until sent. QUEUED -> SENDING -> SENT; a temporary failure RETRYING (at
-- next_attempt_at), a permanent one FAILED. conversation_id/seq name the thread message it is,
-- when it is one.
CREATE TABLE email_outbox (
    id              VARCHAR(64)              PRIMARY KEY,
    conversation_id VARCHAR(64),
    seq             BIGINT,
    message_id      VARCHAR(998)             NOT NULL,
    mail_from       VARCHAR(320)             NOT NULL,
    recipients      VARCHAR(4000)            NOT NULL,
    raw             BYTEA                    NOT NULL,
    state           VARCHAR(8)               NOT NULL,
    attempts        INTEGER                  NOT NULL,
    last_error      VARCHAR(1000),
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_email_outbox_state
        CHECK (state IN ('QUEUED', 'SENDING', 'SENT', 'RETRYING', 'FAILED'))
);
CREATE INDEX ix_email_outbox_due ON email_outbox (state, next_attempt_at);
CREATE INDEX ix_email_outbox_message ON email_outbox (conversation_id, seq);

-- The automatic acknowledgement's settings (one row, id 1; absent: the built-in default) and
-- when each sender last got one (at most one per period: loop protection, RFC 3834).
CREATE TABLE email_acknowledgement (
    id               INTEGER        PRIMARY KEY,
    enabled          BOOLEAN        NOT NULL,
    subject          VARCHAR(200)   NOT NULL,
    body             VARCHAR(4000)  NOT NULL,
    after_hours_body VARCHAR(4000)  NOT NULL,
    period_minutes   INTEGER        NOT NULL
);
CREATE TABLE email_acknowledged (
    address VARCHAR(320)             PRIMARY KEY,
    sent_at TIMESTAMP WITH TIME ZONE NOT NULL
);
