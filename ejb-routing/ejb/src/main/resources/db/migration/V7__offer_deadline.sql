-- An offer ringing across a restart keeps its deadline (ADR 0013): the history row of each offer
-- (kind OFFERED) records when it expires, and a rebuilt engine reads the open offers of the
-- contacts stored OFFERED from the history. Null on every other row, and on offers recorded before
-- this version (their contacts wait again after a restart, as before). Same SQL on H2 and
-- PostgreSQL.
ALTER TABLE routing_contact_event ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
