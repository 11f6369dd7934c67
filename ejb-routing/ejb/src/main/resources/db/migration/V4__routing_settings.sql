-- Engine-wide routing settings, edited by admins (GET/PUT /api/admin/routing-settings): the
-- channel weights of a waiting contact's effective priority (queue priority + contact priority +
-- channel weight + aging × seconds waited), the aging rate, and how many consecutive unanswered
-- offers make an agent NOT_RESPONDING (0 = never). One row, id 1, holding the defaults until an
-- admin changes them. Same SQL on H2 and PostgreSQL.
CREATE TABLE routing_settings (
    id               INTEGER          PRIMARY KEY,
    voice_weight     INTEGER          NOT NULL,
    video_weight     INTEGER          NOT NULL,
    chat_weight      INTEGER          NOT NULL,
    sms_weight       INTEGER          NOT NULL,
    email_weight     INTEGER          NOT NULL,
    aging_per_second DOUBLE PRECISION NOT NULL,
    no_answer_limit  INTEGER          NOT NULL,
    version          BIGINT           NOT NULL,
    CONSTRAINT ck_routing_settings_single_row CHECK (id = 1)
);

INSERT INTO routing_settings
    (id, voice_weight, video_weight, chat_weight, sms_weight, email_weight, aging_per_second, no_answer_limit, version)
VALUES (1, 400, 300, 200, 100, 0, 1.0, 3, 0);
