-- The outside traffic a contact was made from (NewContact.origin: "mail:<id>", "voicemail:<id>"),
-- so handing the same traffic over again answers the same contact. Written by the routing writer in
-- the batch that creates the contact (no foreign key: the contact row is inserted after the
-- entities are flushed, ADR 0007). Same SQL on H2 and PostgreSQL.
CREATE TABLE routing_contact_origin (
    origin     VARCHAR(200)             PRIMARY KEY,
    contact_id VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
