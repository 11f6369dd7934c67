-- Virtual hold ("keep my place"): callers waiting in a queue with a value here may leave the call
-- and keep their position; when an agent is about to take the call their page rings for this many
-- seconds. Null: not offered. Same SQL on H2 and PostgreSQL.
ALTER TABLE routing_queue ADD COLUMN virtual_hold_seconds INTEGER;
