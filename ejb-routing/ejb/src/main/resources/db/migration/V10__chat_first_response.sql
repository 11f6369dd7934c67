-- Chat RONA: a queue may give an accepted chat a limit for the agent's first reply (seconds); a chat
-- without one in time goes back to the queue with its age kept. Null: no limit. Same SQL on H2
-- and PostgreSQL.
ALTER TABLE routing_queue ADD COLUMN first_response_seconds INTEGER;
