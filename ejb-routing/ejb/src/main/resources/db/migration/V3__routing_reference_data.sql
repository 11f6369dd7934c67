-- Routing reference data, complete: a skills catalogue (languages are skills of kind LANGUAGE),
-- business-hours calendars, and the rest of a queue's definition (relaxation steps, max wait with
-- its overflow action, calendar with after-hours action, sticky-agent window). Same SQL on H2 and
-- PostgreSQL.

-- The skills catalogue. Names are stored normalised (trimmed, lower case), as the engine compares
-- them. Reference data, cached.
CREATE TABLE routing_skill (
    name    VARCHAR(64) PRIMARY KEY,
    kind    VARCHAR(16) NOT NULL,
    version BIGINT      NOT NULL,
    CONSTRAINT ck_routing_skill_kind CHECK (kind IN ('SKILL', 'LANGUAGE'))
);

-- Every skill already named by a queue or an agent joins the catalogue, so existing databases keep
-- working; they start as SKILL (an admin cannot rename, but can recreate a language as LANGUAGE
-- once nothing uses it).
INSERT INTO routing_skill (name, kind, version)
SELECT used.skill, 'SKILL', 0
FROM (SELECT skill FROM routing_queue_skill UNION SELECT skill FROM routing_agent_skill) used;

ALTER TABLE routing_queue_skill
    ADD CONSTRAINT fk_routing_queue_skill_skill FOREIGN KEY (skill) REFERENCES routing_skill (name);
ALTER TABLE routing_agent_skill
    ADD CONSTRAINT fk_routing_agent_skill_skill FOREIGN KEY (skill) REFERENCES routing_skill (name);

-- A business-hours calendar: a time zone, opening windows per weekday and holidays (closed all
-- day). Windows are minutes of the local day, closing exclusive; 1440 is midnight at the end of
-- the day. A calendar without windows is always closed.
CREATE TABLE routing_calendar (
    name      VARCHAR(64) PRIMARY KEY,
    time_zone VARCHAR(64) NOT NULL,
    version   BIGINT      NOT NULL
);

CREATE TABLE routing_calendar_window (
    calendar_name VARCHAR(64) NOT NULL,
    day_of_week   VARCHAR(9)  NOT NULL,
    opens_minute  INTEGER     NOT NULL,
    closes_minute INTEGER     NOT NULL,
    CONSTRAINT pk_routing_calendar_window PRIMARY KEY (calendar_name, day_of_week, opens_minute),
    CONSTRAINT fk_routing_calendar_window_calendar FOREIGN KEY (calendar_name) REFERENCES routing_calendar (name) ON DELETE CASCADE,
    CONSTRAINT ck_routing_calendar_window_day CHECK (day_of_week IN ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    CONSTRAINT ck_routing_calendar_window_minutes CHECK (opens_minute >= 0 AND closes_minute <= 1440 AND opens_minute < closes_minute)
);

CREATE TABLE routing_calendar_holiday (
    calendar_name VARCHAR(64) NOT NULL,
    holiday       DATE        NOT NULL,
    CONSTRAINT pk_routing_calendar_holiday PRIMARY KEY (calendar_name, holiday),
    CONSTRAINT fk_routing_calendar_holiday_calendar FOREIGN KEY (calendar_name) REFERENCES routing_calendar (name) ON DELETE CASCADE
);

-- The rest of a queue. An action is one of TO_QUEUE (with action_queue), VOICEMAIL, CALLBACK,
-- END_WITH_MESSAGE (with a message); null when not configured. max_wait_seconds and
-- sticky_window_seconds of 0 mean off.
ALTER TABLE routing_queue ADD COLUMN max_wait_seconds INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE routing_queue ADD COLUMN overflow_action VARCHAR(16);
ALTER TABLE routing_queue ADD COLUMN overflow_queue VARCHAR(64);
ALTER TABLE routing_queue ADD COLUMN overflow_message VARCHAR(500);
ALTER TABLE routing_queue ADD COLUMN calendar_name VARCHAR(64);
ALTER TABLE routing_queue ADD COLUMN after_hours_action VARCHAR(16);
ALTER TABLE routing_queue ADD COLUMN after_hours_queue VARCHAR(64);
ALTER TABLE routing_queue ADD COLUMN after_hours_message VARCHAR(500);
ALTER TABLE routing_queue ADD COLUMN sticky_window_seconds INTEGER DEFAULT 0 NOT NULL;

ALTER TABLE routing_queue
    ADD CONSTRAINT fk_routing_queue_overflow_queue FOREIGN KEY (overflow_queue) REFERENCES routing_queue (name);
ALTER TABLE routing_queue
    ADD CONSTRAINT fk_routing_queue_after_hours_queue FOREIGN KEY (after_hours_queue) REFERENCES routing_queue (name);
ALTER TABLE routing_queue
    ADD CONSTRAINT fk_routing_queue_calendar FOREIGN KEY (calendar_name) REFERENCES routing_calendar (name);
ALTER TABLE routing_queue
    ADD CONSTRAINT ck_routing_queue_waits CHECK (max_wait_seconds >= 0 AND sticky_window_seconds >= 0);
ALTER TABLE routing_queue
    ADD CONSTRAINT ck_routing_queue_overflow_action CHECK (overflow_action IN ('TO_QUEUE', 'VOICEMAIL', 'CALLBACK', 'END_WITH_MESSAGE'));
ALTER TABLE routing_queue
    ADD CONSTRAINT ck_routing_queue_after_hours_action CHECK (after_hours_action IN ('TO_QUEUE', 'VOICEMAIL', 'CALLBACK', 'END_WITH_MESSAGE'));

-- Relaxation steps: after a contact has waited after_seconds in the queue, the requirements of the
-- step replace the queue's own. A step without skill rows drops every requirement.
CREATE TABLE routing_queue_relaxation (
    queue_name    VARCHAR(64) NOT NULL,
    after_seconds INTEGER     NOT NULL,
    CONSTRAINT pk_routing_queue_relaxation PRIMARY KEY (queue_name, after_seconds),
    CONSTRAINT fk_routing_queue_relaxation_queue FOREIGN KEY (queue_name) REFERENCES routing_queue (name) ON DELETE CASCADE,
    CONSTRAINT ck_routing_queue_relaxation_after CHECK (after_seconds > 0)
);

-- The skills of each step. No foreign key to routing_queue_relaxation: Hibernate rewrites the two
-- collections one after the other, so the step rows may briefly be missing; the service keeps
-- them consistent.
CREATE TABLE routing_queue_relaxation_skill (
    queue_name    VARCHAR(64) NOT NULL,
    after_seconds INTEGER     NOT NULL,
    skill         VARCHAR(64) NOT NULL,
    min_level     INTEGER     NOT NULL,
    CONSTRAINT pk_routing_queue_relaxation_skill PRIMARY KEY (queue_name, after_seconds, skill),
    CONSTRAINT fk_routing_queue_relaxation_skill_queue FOREIGN KEY (queue_name) REFERENCES routing_queue (name) ON DELETE CASCADE,
    CONSTRAINT fk_routing_queue_relaxation_skill_skill FOREIGN KEY (skill) REFERENCES routing_skill (name),
    CONSTRAINT ck_routing_queue_relaxation_skill_level CHECK (min_level BETWEEN 1 AND 10)
);

-- A deleted queue's finished contacts keep its name as plain text for their history.
ALTER TABLE routing_contact DROP CONSTRAINT fk_routing_contact_queue;
