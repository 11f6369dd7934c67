-- The web chat channel: entry points (how a website's widget reaches Parley: allowed origins, the
-- menu tree leading to queues, pre-chat fields, texts; kept as one JSON document per entry point,
-- validated by the service before it is stored) and canned responses (owner null: shared, set by
-- admins; otherwise an agent's own). Same SQL on H2 and PostgreSQL.
CREATE TABLE chat_entry_point (
    name       VARCHAR(64)              PRIMARY KEY,
    definition VARCHAR(65536)           NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE canned_response (
    id         VARCHAR(64)              PRIMARY KEY,
    owner      VARCHAR(64),
    title      VARCHAR(100)             NOT NULL,
    body       VARCHAR(4000)            NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_canned_response_owner ON canned_response (owner);
