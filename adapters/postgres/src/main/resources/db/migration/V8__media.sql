-- Uploaded images and videos. Their files live in the media storage (local disk or S3) under opaque,
-- unguessable keys; a row names them. "attached" marks media a post, an avatar or a story uses; the
-- others are deleted a day after upload (media_unattached serves that sweep).
CREATE TABLE media (
    id             uuid        PRIMARY KEY,
    owner_id       uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    type           text        NOT NULL CHECK (type IN ('image', 'video')),
    state          text        NOT NULL CHECK (state IN ('processing', 'ready', 'failed')),
    file_key       text        NOT NULL,
    format         text        NOT NULL,
    size           bigint      NOT NULL CHECK (size >= 0),
    thumbnail_key  text,
    width          integer     NOT NULL CHECK (width > 0),
    height         integer     NOT NULL CHECK (height > 0),
    duration_ms    bigint,
    blurhash       text,
    description    text,
    attached       boolean     NOT NULL DEFAULT false,
    created_at     timestamptz NOT NULL
);

CREATE INDEX media_owner ON media (owner_id);
CREATE INDEX media_unattached ON media (created_at) WHERE NOT attached;

-- The file an account's avatar is shown by (its thumbnail), kept with the account so that every list
-- that shows an author reads it from the row it reads already.
ALTER TABLE accounts ADD COLUMN avatar_key text;
