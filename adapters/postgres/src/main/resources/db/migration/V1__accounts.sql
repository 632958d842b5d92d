-- Accounts. Usernames and email addresses are unique regardless of case: the unique indexes are on
-- lower(...) and their names are what PostgresAccountRepository maps to UsernameTaken / EmailTaken.
CREATE TABLE accounts (
    id                uuid        PRIMARY KEY,
    username          text        NOT NULL CHECK (char_length(username) BETWEEN 3 AND 30),
    email             text        NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254),
    password_hash     text        NOT NULL CHECK (password_hash <> ''),
    email_verified_at timestamptz,
    display_name      text        CHECK (char_length(display_name) BETWEEN 1 AND 50),
    bio               text        CHECK (char_length(bio) BETWEEN 1 AND 300),
    avatar_media_id   uuid,
    is_private        boolean     NOT NULL DEFAULT false,
    created_at        timestamptz NOT NULL,
    version           bigint      NOT NULL DEFAULT 0 CHECK (version >= 0)
);

CREATE UNIQUE INDEX accounts_username_unique ON accounts (lower(username));
CREATE UNIQUE INDEX accounts_email_unique ON accounts (lower(email));

-- Email-verification and password-reset tokens, stored by the SHA-256 of the secret.
CREATE TABLE one_time_tokens (
    hash       text        PRIMARY KEY,
    account_id uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    purpose    text        NOT NULL CHECK (purpose IN ('email_verification', 'password_reset')),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    CHECK (expires_at >= created_at)
);

-- Serves invalidateAll (account + purpose) and the cascade from accounts (leading column).
CREATE INDEX one_time_tokens_account_purpose ON one_time_tokens (account_id, purpose);

-- Logins: a family of refresh tokens that is revoked as a whole.
CREATE TABLE login_sessions (
    id         uuid        PRIMARY KEY,
    account_id uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    revoked_at timestamptz,
    -- Target of the refresh tokens' (session_id, account_id) key, so a token can't name another account.
    CONSTRAINT login_sessions_id_account UNIQUE (id, account_id)
);

-- Serves revokeAllSessions and the cascade from accounts.
CREATE INDEX login_sessions_account ON login_sessions (account_id);

CREATE TABLE refresh_tokens (
    hash       text        PRIMARY KEY,
    session_id uuid        NOT NULL,
    account_id uuid        NOT NULL,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    spent_at   timestamptz,
    CHECK (expires_at >= issued_at),
    FOREIGN KEY (session_id, account_id) REFERENCES login_sessions (id, account_id) ON DELETE CASCADE
);

-- Serves the cascade from login_sessions.
CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id, account_id);
