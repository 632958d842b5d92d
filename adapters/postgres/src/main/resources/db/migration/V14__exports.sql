-- Exports: an archive of everything one account holds, built by the outbox relay (topic export.build) and
-- kept in the media storage under archive_key for 7 days from ready_at.
CREATE TABLE exports (
    id          uuid        PRIMARY KEY,
    account_id  uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    status      text        NOT NULL CHECK (status IN ('pending', 'running', 'ready', 'failed')),
    created_at  timestamptz NOT NULL,
    ready_at    timestamptz,
    expires_at  timestamptz,
    archive_key text        NOT NULL,
    CHECK ((status = 'ready') = (ready_at IS NOT NULL)),
    CHECK ((ready_at IS NULL) = (expires_at IS NULL))
);

-- An account's latest export (the daily limit), and the cascade from accounts.
CREATE INDEX exports_by_account ON exports (account_id, created_at DESC, id DESC);
-- At most one export in progress per account: two requests at the same moment, one wins.
CREATE UNIQUE INDEX exports_one_in_progress ON exports (account_id) WHERE status IN ('pending', 'running');
-- The hourly purge of expired archives.
CREATE INDEX exports_expiry ON exports (expires_at) WHERE status = 'ready';

-- The export reads an account's rows in keyset pages by id: the indexes that served only "by this account"
-- now also give the order, so each page is one index range instead of a sort of all the account's rows.
DROP INDEX comments_author;
CREATE INDEX comments_author ON comments (author_id, id);
DROP INDEX likes_account;
CREATE INDEX likes_account ON likes (account_id, id);
DROP INDEX media_owner;
CREATE INDEX media_owner ON media (owner_id, id);
