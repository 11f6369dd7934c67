-- A rebuilt engine remembers who served which customer within the longest sticky-agent window
-- (ADR 0008): it reads the contacts accepted since then, so acceptance time gets an index.
CREATE INDEX ix_routing_contact_accepted_at ON routing_contact (accepted_at);
