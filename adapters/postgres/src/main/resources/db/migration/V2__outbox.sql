-- Work recorded with the change that causes it and delivered afterwards by the relay (at least once).
CREATE TABLE outbox (
    id              uuid        PRIMARY KEY,
    topic           text        NOT NULL CHECK (topic <> ''),
    payload         jsonb       NOT NULL CHECK (jsonb_typeof(payload) = 'object'),
    created_at      timestamptz NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error      text
);

-- Serves claimDue: the relay looks only at rows that are due.
CREATE INDEX outbox_next_attempt_at ON outbox (next_attempt_at);
