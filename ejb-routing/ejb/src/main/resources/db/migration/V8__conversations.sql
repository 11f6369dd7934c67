-- Conversations of the messaging channels (chat now, e-mail and SMS later), the feature package
-- dev.parley.conversation. A conversation's id is its contact's id (no foreign key: contacts are
-- written by routing's group commit, conversations by their own service). last_seq is the number
-- of its latest message: a writer locks the conversation row, takes last_seq + 1 and inserts, so
-- numbers are gapless and in storing order. A sender's repeat of the same client_id is the same
-- message (unique per author). Same SQL on H2 and PostgreSQL.
CREATE TABLE conversation (
    id               VARCHAR(64)              PRIMARY KEY,
    customer_key     VARCHAR(200)             NOT NULL,
    customer_name    VARCHAR(100),
    customer_email   VARCHAR(254),
    entry_point      VARCHAR(64),
    menu_option      VARCHAR(64),
    opened_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at         TIMESTAMP WITH TIME ZONE,
    rating           INTEGER,
    rating_comment   VARCHAR(1000),
    transcript_email VARCHAR(254),
    last_seq         BIGINT                   NOT NULL,
    CONSTRAINT ck_conversation_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 5)
);
CREATE INDEX ix_conversation_customer ON conversation (customer_key);

CREATE TABLE conversation_message (
    conversation_id VARCHAR(64)              NOT NULL,
    seq             BIGINT                   NOT NULL,
    author_role     VARCHAR(16)              NOT NULL,
    author_id       VARCHAR(200),
    author_name     VARCHAR(200),
    kind            VARCHAR(8)               NOT NULL,
    visibility      VARCHAR(8)               NOT NULL,
    body            VARCHAR(4000)            NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    client_id       VARCHAR(64),
    PRIMARY KEY (conversation_id, seq),
    CONSTRAINT fk_conversation_message FOREIGN KEY (conversation_id) REFERENCES conversation (id),
    CONSTRAINT ck_conversation_message_kind CHECK (kind IN ('TEXT', 'NOTE', 'EVENT')),
    CONSTRAINT ck_conversation_message_visibility CHECK (visibility IN ('ALL', 'AGENTS'))
);
CREATE UNIQUE INDEX ux_conversation_message_client
    ON conversation_message (conversation_id, author_id, client_id);

-- Agents who take or took part: the handling agent(s) and experts (consult names the segment).
CREATE TABLE conversation_participant (
    conversation_id VARCHAR(64)              NOT NULL,
    agent           VARCHAR(64)              NOT NULL,
    author_role     VARCHAR(16)              NOT NULL,
    visibility      VARCHAR(8)               NOT NULL,
    consult_id      VARCHAR(64),
    joined_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    left_at         TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (conversation_id, agent),
    CONSTRAINT fk_conversation_participant FOREIGN KEY (conversation_id) REFERENCES conversation (id)
);
CREATE INDEX ix_conversation_participant_agent ON conversation_participant (agent);

-- A consult asked for and not yet (or already) accepted: who asked, privately or not, the note.
CREATE TABLE conversation_consult (
    consult_id      VARCHAR(64)              PRIMARY KEY,
    conversation_id VARCHAR(64)              NOT NULL,
    requested_by    VARCHAR(64)              NOT NULL,
    private_consult BOOLEAN                  NOT NULL,
    note            VARCHAR(1000),
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_conversation_consult FOREIGN KEY (conversation_id) REFERENCES conversation (id)
);

-- Uploaded files; the bytes are under the data directory (attachments/), path relative to it.
-- message_seq is set once a message carries the file.
CREATE TABLE conversation_attachment (
    id              VARCHAR(64)              PRIMARY KEY,
    conversation_id VARCHAR(64)              NOT NULL,
    message_seq     BIGINT,
    file_name       VARCHAR(200)             NOT NULL,
    content_type    VARCHAR(64)              NOT NULL,
    size_bytes      BIGINT                   NOT NULL,
    stored_path     VARCHAR(300)             NOT NULL,
    uploaded_by     VARCHAR(200)             NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_conversation_attachment FOREIGN KEY (conversation_id) REFERENCES conversation (id)
);
CREATE INDEX ix_conversation_attachment_conversation ON conversation_attachment (conversation_id);
