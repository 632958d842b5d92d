-- Logins and accounts whose access tokens stop working before they expire (logout, password reset,
-- refresh-token reuse, account erasure). Every node keeps these in memory and polls for new rows by
-- recorded_at; rows older than any access token they could stop are purged hourly.
CREATE TABLE access_revocations (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- no foreign key: an erased account's revocation must outlive the account
    account_id  uuid        NOT NULL,
    -- null: every login of the account (it is being erased)
    session_id  uuid,
    revoked_at  timestamptz NOT NULL,
    -- the database's own clock, read at insert: what pollers compare against, whatever the nodes' clocks say
    recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE INDEX access_revocations_recorded_at ON access_revocations (recorded_at);
