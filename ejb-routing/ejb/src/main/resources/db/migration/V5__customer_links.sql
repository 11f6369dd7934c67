-- One customer on several channels (ADR 0008). Every contact gets the canonical key of the
-- identity its channel gave (an e-mail address in lower case, a phone number as its digits with
-- an optional leading +, otherwise the visitor id as given, trimmed); contacts stored before this
-- version keep their customer text, trimmed, as the key. Identities that belong to one person
-- are linked in customer_link: every linked identity names the customer it belongs to (one of
-- them, the first linked); an identity without a row is a customer of its own. Same SQL on H2
-- and PostgreSQL.
ALTER TABLE routing_contact ADD COLUMN customer_key VARCHAR(200);
UPDATE routing_contact SET customer_key = TRIM(customer) WHERE customer IS NOT NULL;
CREATE INDEX ix_routing_contact_customer_key ON routing_contact (customer_key);

CREATE TABLE customer_link (
    identity    VARCHAR(200)             PRIMARY KEY,
    customer_id VARCHAR(200)             NOT NULL,
    linked_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_customer_link_customer ON customer_link (customer_id);
