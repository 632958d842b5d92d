-- The social core: follows, blocks, posts, comments, likes, mentions, and the counters that profiles and
-- posts show. Counters are kept by the repositories (an atomic UPDATE in the transaction that inserts or
-- deletes the row, only when a row really changed), so reads never count rows.

ALTER TABLE accounts
    ADD COLUMN followers_count bigint NOT NULL DEFAULT 0 CHECK (followers_count >= 0),
    ADD COLUMN following_count bigint NOT NULL DEFAULT 0 CHECK (following_count >= 0),
    ADD COLUMN posts_count     bigint NOT NULL DEFAULT 0 CHECK (posts_count >= 0);

-- Search: prefix of the username or the display name, ignoring case. pg_c_utf8 (PostgreSQL 17's builtin
-- provider) pins both the case mapping (Unicode, whatever the server's locale) and the order (code
-- points, like Java's String order for these keys); being a C-like collation, it also lets the planner
-- turn LIKE 'prefix%' into an index range, and serves ORDER BY and the keyset predicate of the search.
CREATE INDEX accounts_username_search ON accounts ((lower(username COLLATE pg_c_utf8)));
CREATE INDEX accounts_display_name_search ON accounts ((lower(display_name COLLATE pg_c_utf8)))
    WHERE display_name IS NOT NULL;

-- A follow, or a request to follow a private account. The id is time-ordered and orders the lists.
CREATE TABLE follows (
    id          uuid        PRIMARY KEY,
    follower_id uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    followee_id uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    state       text        NOT NULL CHECK (state IN ('following', 'requested')),
    created_at  timestamptz NOT NULL,
    accepted_at timestamptz,
    CHECK (follower_id <> followee_id),
    CHECK ((state = 'following') = (accepted_at IS NOT NULL)),
    -- One follow per pair; the target of INSERT ... ON CONFLICT, and serves find/remove/accept.
    CONSTRAINT follows_pair UNIQUE (follower_id, followee_id)
);

-- "Who X follows" (state = 'following', newest first) and the home timeline's followee set, index-only
-- thanks to INCLUDE; its leading column also serves erasure and the cascade from accounts.
CREATE INDEX follows_by_follower ON follows (follower_id, state, id DESC) INCLUDE (followee_id);
-- "X's followers" and "X's pending requests" (the same index, told apart by state), erasure and the cascade.
CREATE INDEX follows_by_followee ON follows (followee_id, state, id DESC) INCLUDE (follower_id);

CREATE TABLE blocks (
    blocker_id uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    blocked_id uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    CHECK (blocker_id <> blocked_id),
    -- Every "blocked either way" test is two probes of this key.
    PRIMARY KEY (blocker_id, blocked_id)
);

-- Serves the cascade and erasure of the blocked side.
CREATE INDEX blocks_blocked ON blocks (blocked_id, blocker_id);

CREATE TABLE posts (
    id             uuid        PRIMARY KEY,
    author_id      uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    text           text        NOT NULL CHECK (char_length(text) <= 5000),
    -- Media ids in the order given; a post_media table with real media arrives with the media issue.
    media_ids      uuid[]      NOT NULL DEFAULT '{}' CHECK (cardinality(media_ids) <= 10),
    -- No foreign key yet: groups arrive with the groups issue.
    group_id       uuid,
    created_at     timestamptz NOT NULL,
    likes_count    bigint      NOT NULL DEFAULT 0 CHECK (likes_count >= 0),
    comments_count bigint      NOT NULL DEFAULT 0 CHECK (comments_count >= 0)
);

-- An author's posts newest first: the profile page and, once per followee, the home timeline. group_id is
-- included so that "outside groups" is decided in the index (index-only scans while picking a page). Not
-- partial (WHERE group_id IS NULL), because the same index must serve erasure and the cascade from
-- accounts, which take group posts too; a group's own feed gets (group_id, id DESC) with groups.
CREATE INDEX posts_by_author ON posts (author_id, id DESC) INCLUDE (group_id);

CREATE TABLE post_mentions (
    post_id    uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, account_id)
);

-- "Where am I mentioned" (notifications) and the cascade from accounts.
CREATE INDEX post_mentions_account ON post_mentions (account_id);

CREATE TABLE comments (
    id         uuid        PRIMARY KEY,
    post_id    uuid        NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    parent_id  uuid,
    author_id  uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    text       text        NOT NULL CHECK (char_length(text) BETWEEN 1 AND 2000),
    created_at timestamptz NOT NULL,
    CHECK (parent_id <> id),
    -- A post's comments oldest first (the list), and the target of the parent key below.
    CONSTRAINT comments_post_id UNIQUE (post_id, id),
    -- A reply belongs to the post of its parent, and goes with it.
    FOREIGN KEY (post_id, parent_id) REFERENCES comments (post_id, id) ON DELETE CASCADE
);

-- Replies of a comment: deleting a comment and the cascade of the parent key.
CREATE INDEX comments_parent ON comments (parent_id) WHERE parent_id IS NOT NULL;
-- Erasure of an author's comments and the cascade from accounts.
CREATE INDEX comments_author ON comments (author_id);

CREATE TABLE comment_mentions (
    comment_id uuid NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    PRIMARY KEY (comment_id, account_id)
);

CREATE INDEX comment_mentions_account ON comment_mentions (account_id);

CREATE TABLE likes (
    id         uuid        NOT NULL,
    post_id    uuid        NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    account_id uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    -- One like per account and post: the target of INSERT ... ON CONFLICT, and likedByMe's probe.
    PRIMARY KEY (post_id, account_id)
);

-- A post's likers, newest like first.
CREATE UNIQUE INDEX likes_by_post ON likes (post_id, id DESC);
-- Erasure of an account's likes and the cascade from accounts.
CREATE INDEX likes_account ON likes (account_id);
