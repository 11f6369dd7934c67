-- A contact may need skills of its own besides its queue's (a visitor who chose "En español" in
-- the chat menu): skill:level pairs joined by commas, read back when routing is rebuilt. Null for
-- most contacts. Same SQL on H2 and PostgreSQL.
ALTER TABLE routing_contact ADD COLUMN required_skills VARCHAR(500);
