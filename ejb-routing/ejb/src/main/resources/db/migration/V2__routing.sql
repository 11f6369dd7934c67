-- Routing: reference data (queues, agent routing profiles), live agent presence, contacts and their
-- history. Same SQL on H2 and PostgreSQL. Timestamps are UTC instants; enums are stored by name.

-- A queue and what it requires. Reference data, cached in Hibernate's second-level cache.
CREATE TABLE routing_queue (
    name                   VARCHAR(64) PRIMARY KEY,
    priority               INTEGER     NOT NULL,
    strategy               VARCHAR(16) NOT NULL,
    offer_timeout_seconds  INTEGER     NOT NULL,
    wrap_up_seconds        INTEGER     NOT NULL,
    disposition_required   BOOLEAN     NOT NULL,
    sl_threshold_seconds   INTEGER     NOT NULL,
    sl_target_percent      INTEGER     NOT NULL,
    version                BIGINT      NOT NULL,
    CONSTRAINT ck_routing_queue_timeout CHECK (offer_timeout_seconds > 0),
    CONSTRAINT ck_routing_queue_wrap_up CHECK (wrap_up_seconds >= 0),
    CONSTRAINT ck_routing_queue_sl CHECK (sl_target_percent BETWEEN 0 AND 100 AND sl_threshold_seconds >= 0)
);

CREATE TABLE routing_queue_channel (
    queue_name VARCHAR(64) NOT NULL,
    channel    VARCHAR(8)  NOT NULL,
    CONSTRAINT pk_routing_queue_channel PRIMARY KEY (queue_name, channel),
    CONSTRAINT fk_routing_queue_channel_queue FOREIGN KEY (queue_name) REFERENCES routing_queue (name) ON DELETE CASCADE
);

CREATE TABLE routing_queue_skill (
    queue_name VARCHAR(64) NOT NULL,
    skill      VARCHAR(64) NOT NULL,
    min_level  INTEGER     NOT NULL,
    CONSTRAINT pk_routing_queue_skill PRIMARY KEY (queue_name, skill),
    CONSTRAINT fk_routing_queue_skill_queue FOREIGN KEY (queue_name) REFERENCES routing_queue (name) ON DELETE CASCADE,
    CONSTRAINT ck_routing_queue_skill_level CHECK (min_level BETWEEN 1 AND 10)
);

CREATE TABLE routing_queue_disposition (
    queue_name VARCHAR(64) NOT NULL,
    seq_no     INTEGER     NOT NULL,
    code       VARCHAR(64) NOT NULL,
    CONSTRAINT pk_routing_queue_disposition PRIMARY KEY (queue_name, seq_no),
    CONSTRAINT fk_routing_queue_disposition_queue FOREIGN KEY (queue_name) REFERENCES routing_queue (name) ON DELETE CASCADE
);

-- An agent's routing profile: skills, per-channel capacity, queues served. Reference data.
CREATE TABLE routing_agent (
    username           VARCHAR(64) PRIMARY KEY,
    chat_interruptible BOOLEAN     NOT NULL,
    version            BIGINT      NOT NULL,
    CONSTRAINT fk_routing_agent_user FOREIGN KEY (username) REFERENCES parley_user (username) ON DELETE CASCADE
);

CREATE TABLE routing_agent_skill (
    username    VARCHAR(64) NOT NULL,
    skill       VARCHAR(64) NOT NULL,
    skill_level INTEGER     NOT NULL,
    CONSTRAINT pk_routing_agent_skill PRIMARY KEY (username, skill),
    CONSTRAINT fk_routing_agent_skill_agent FOREIGN KEY (username) REFERENCES routing_agent (username) ON DELETE CASCADE,
    CONSTRAINT ck_routing_agent_skill_level CHECK (skill_level BETWEEN 1 AND 10)
);

CREATE TABLE routing_agent_capacity (
    username VARCHAR(64) NOT NULL,
    channel  VARCHAR(8)  NOT NULL,
    slots    INTEGER     NOT NULL,
    CONSTRAINT pk_routing_agent_capacity PRIMARY KEY (username, channel),
    CONSTRAINT fk_routing_agent_capacity_agent FOREIGN KEY (username) REFERENCES routing_agent (username) ON DELETE CASCADE,
    CONSTRAINT ck_routing_agent_capacity_slots CHECK (slots >= 0)
);

CREATE TABLE routing_agent_queue (
    username       VARCHAR(64) NOT NULL,
    queue_name     VARCHAR(64) NOT NULL,
    agent_priority INTEGER     NOT NULL,
    CONSTRAINT pk_routing_agent_queue PRIMARY KEY (username, queue_name),
    CONSTRAINT fk_routing_agent_queue_agent FOREIGN KEY (username) REFERENCES routing_agent (username) ON DELETE CASCADE,
    CONSTRAINT fk_routing_agent_queue_queue FOREIGN KEY (queue_name) REFERENCES routing_queue (name)
);

-- Live presence of an agent, written on every change so a restart rebuilds it. Not cached.
CREATE TABLE routing_agent_presence (
    username      VARCHAR(64)              PRIMARY KEY,
    status        VARCHAR(16)              NOT NULL,
    break_reason  VARCHAR(64),
    since         TIMESTAMP WITH TIME ZONE NOT NULL,
    idle_since    TIMESTAMP WITH TIME ZONE NOT NULL,
    handled_on    DATE,
    handled_today INTEGER                  NOT NULL,
    CONSTRAINT fk_routing_agent_presence_user FOREIGN KEY (username) REFERENCES parley_user (username) ON DELETE CASCADE
);

-- One contact (or consult segment). arrival_seq is the order of intake, assigned by the single
-- writer; the per-state timestamps record the latest entry into each state.
CREATE TABLE routing_contact (
    id             VARCHAR(64)              PRIMARY KEY,
    channel        VARCHAR(8)               NOT NULL,
    direction      VARCHAR(8)               NOT NULL,
    customer       VARCHAR(200),
    queue_name     VARCHAR(64)              NOT NULL,
    priority       INTEGER                  NOT NULL,
    state          VARCHAR(16)              NOT NULL,
    arrival_seq    BIGINT                   NOT NULL,
    parent_id      VARCHAR(64),
    assigned_agent VARCHAR(64),
    disposition    VARCHAR(64),
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    queued_at      TIMESTAMP WITH TIME ZONE,
    offered_at     TIMESTAMP WITH TIME ZONE,
    accepted_at    TIMESTAMP WITH TIME ZONE,
    wrap_up_at     TIMESTAMP WITH TIME ZONE,
    closed_at      TIMESTAMP WITH TIME ZONE,
    abandoned_at   TIMESTAMP WITH TIME ZONE,
    overflowed_at  TIMESTAMP WITH TIME ZONE,
    version        BIGINT                   NOT NULL,
    CONSTRAINT uk_routing_contact_arrival UNIQUE (arrival_seq),
    CONSTRAINT fk_routing_contact_queue FOREIGN KEY (queue_name) REFERENCES routing_queue (name),
    CONSTRAINT ck_routing_contact_state CHECK (state IN ('RECEIVED', 'QUEUED', 'OFFERED', 'ACTIVE', 'WRAP_UP', 'CLOSED', 'ABANDONED', 'OVERFLOWED'))
);
CREATE INDEX ix_routing_contact_customer ON routing_contact (customer);
CREATE INDEX ix_routing_contact_state ON routing_contact (state);

-- Everything that happened to a contact: state transitions, offers, routing decisions.
CREATE TABLE routing_contact_event (
    id          BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    contact_id  VARCHAR(64)              NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    kind        VARCHAR(24)              NOT NULL,
    from_state  VARCHAR(16),
    to_state    VARCHAR(16),
    agent       VARCHAR(64),
    detail      VARCHAR(2000),
    CONSTRAINT fk_routing_contact_event_contact FOREIGN KEY (contact_id) REFERENCES routing_contact (id) ON DELETE CASCADE
);
CREATE INDEX ix_routing_contact_event_contact ON routing_contact_event (contact_id, id);
