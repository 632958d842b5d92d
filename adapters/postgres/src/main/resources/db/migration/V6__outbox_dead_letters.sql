-- A message that can never be delivered (an invalid address, a permanent SMTP refusal) is set aside:
-- kept with its last error for an operator to inspect, never claimed again, not counted as pending.
ALTER TABLE outbox ADD COLUMN dead_at timestamptz;

-- The relay looks only at live rows that are due; buried ones stay out of its index.
DROP INDEX outbox_next_attempt_at;
CREATE INDEX outbox_live_next_attempt_at ON outbox (next_attempt_at) WHERE dead_at IS NULL;
