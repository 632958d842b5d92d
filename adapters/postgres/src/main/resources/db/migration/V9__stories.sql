-- Stories: one image or video with an optional caption, shown to the author's accepted followers for a
-- day. Expiry is decided by the application's clock on every read (expires_at > :now), never by the
-- database's; the purge deletes expired rows in batches (FOR UPDATE SKIP LOCKED, so several nodes may run
-- it at once) and releases their media.
CREATE TABLE stories (
    id         uuid        PRIMARY KEY,
    author_id  uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    -- The story's own media (attached to it alone); a story never outlives its file's row.
    media_id   uuid        NOT NULL REFERENCES media (id) ON DELETE CASCADE,
    caption    text        CHECK (char_length(caption) BETWEEN 1 AND 500),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    CHECK (expires_at > created_at)
);

-- An author's active stories: the story feed (once per followed author), the 100-story limit, and the
-- cascade from accounts.
CREATE INDEX stories_by_author ON stories (author_id, expires_at);
-- The purge, oldest expiry first.
CREATE INDEX stories_by_expiry ON stories (expires_at);
-- The cascade from media.
CREATE INDEX stories_media ON stories (media_id);

-- Who opened a story: once per viewer, the first time kept. The id is time-ordered and orders the list of
-- viewers, newest first.
CREATE TABLE story_views (
    id         uuid        NOT NULL,
    story_id   uuid        NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    viewer_id  uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    viewed_at  timestamptz NOT NULL,
    -- One view per story and viewer: the target of INSERT ... ON CONFLICT, and the feed's "seen" probe.
    PRIMARY KEY (story_id, viewer_id)
);

-- A story's viewers, newest view first.
CREATE UNIQUE INDEX story_views_by_story ON story_views (story_id, id DESC);
-- The cascade from accounts.
CREATE INDEX story_views_viewer ON story_views (viewer_id);
