-- Groups: a name anyone signed in finds, members with ranks, join requests, bans, a moderation log, and the
-- group's posts (posts.group_id). The repositories lock a group's row (SELECT ... FOR UPDATE) before they
-- change its members, requests or bans, so the use cases of one group run one after the other; counters are
-- kept like those of V3 (an atomic UPDATE in the transaction that inserts or deletes the row, only when a
-- row really changed), so reads never count rows.

CREATE TABLE groups (
    id             uuid        PRIMARY KEY,
    name           text        NOT NULL CHECK (char_length(name) >= 1),
    description    text        NOT NULL DEFAULT '',
    visibility     text        NOT NULL CHECK (visibility IN ('public', 'private')),
    -- No foreign key: the creator's erasure (a later issue) decides what becomes of the groups it created;
    -- until then the id is kept as written.
    created_by     uuid        NOT NULL,
    created_at     timestamptz NOT NULL,
    -- Kept exact by the membership repository (see above).
    members_count  bigint      NOT NULL DEFAULT 0 CHECK (members_count >= 0),
    -- Like accounts.feed_pull_from (V5): the first post written into the group with the fan-out limit's
    -- members or more; from it on the group's posts are read on read by its members' home timelines
    -- instead of being copied into each member's feed. Null: fanned out.
    feed_pull_from uuid
);

-- Search by name prefix, ignoring case, keyset by (lower-cased name, id). As for accounts (V3),
-- pg_c_utf8 pins both the case mapping and the order (code points), and lets the planner turn
-- LIKE 'prefix%' into a range of this index, which also serves the ORDER BY and the keyset predicate.
CREATE INDEX groups_search ON groups ((lower(name COLLATE pg_c_utf8)), id);

-- A membership. The id is time-ordered and orders the member lists (in the order they joined).
CREATE TABLE group_members (
    id         uuid        PRIMARY KEY,
    group_id   uuid        NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    account_id uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role       text        NOT NULL CHECK (role IN ('owner', 'admin', 'moderator', 'member')),
    since      timestamptz NOT NULL,
    -- One membership per pair: the target of INSERT ... ON CONFLICT, find, remove and the viewer's role.
    CONSTRAINT group_members_pair UNIQUE (group_id, account_id)
);

-- A group's members in the order they joined (keyset by id), the fan-out of a group post and the cascade.
CREATE UNIQUE INDEX group_members_by_group ON group_members (group_id, id);
-- "My groups" in the order joined, the per-account limit's count, the home timeline's groups (group_id
-- included: index-only) and the cascade from accounts.
CREATE UNIQUE INDEX group_members_by_account ON group_members (account_id, id) INCLUDE (group_id);
-- The few members above plain members: counting owners (the last owner stays) and notifying admins read
-- this small index, never a big group's whole membership.
CREATE INDEX group_members_staff ON group_members (group_id, role, id) WHERE role <> 'member';

-- A request to join a private group, until an admin answers it. Same shape as memberships.
CREATE TABLE group_join_requests (
    id         uuid        PRIMARY KEY,
    group_id   uuid        NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    account_id uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    at         timestamptz NOT NULL,
    CONSTRAINT group_join_requests_pair UNIQUE (group_id, account_id)
);

-- The pending requests, oldest first (keyset by id).
CREATE UNIQUE INDEX group_join_requests_by_group ON group_join_requests (group_id, id);
-- The per-account limit's count and the cascade from accounts.
CREATE INDEX group_join_requests_account ON group_join_requests (account_id);

-- An account kept out of a group until unbanned.
CREATE TABLE group_bans (
    id         uuid        PRIMARY KEY,
    group_id   uuid        NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    account_id uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    -- Who banned it; forgotten when that account is erased.
    by_id      uuid        REFERENCES accounts (id) ON DELETE SET NULL,
    at         timestamptz NOT NULL,
    CONSTRAINT group_bans_pair UNIQUE (group_id, account_id)
);

-- The bans, oldest first (keyset by id).
CREATE UNIQUE INDEX group_bans_by_group ON group_bans (group_id, id);
-- The cascades from accounts.
CREATE INDEX group_bans_account ON group_bans (account_id);
CREATE INDEX group_bans_by ON group_bans (by_id) WHERE by_id IS NOT NULL;

-- Who did what to whom, and when. The accounts are forgotten (null) when erased; the entry stays.
CREATE TABLE group_moderation_log (
    id         uuid        PRIMARY KEY,
    group_id   uuid        NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    actor_id   uuid        REFERENCES accounts (id) ON DELETE SET NULL,
    action     text        NOT NULL,
    subject_id uuid        REFERENCES accounts (id) ON DELETE SET NULL,
    detail     text        NOT NULL,
    at         timestamptz NOT NULL
);

-- A group's log, newest first (keyset by id), and the cascade.
CREATE UNIQUE INDEX group_moderation_log_by_group ON group_moderation_log (group_id, id DESC);
-- The SET NULL cascades from accounts.
CREATE INDEX group_moderation_log_actor ON group_moderation_log (actor_id) WHERE actor_id IS NOT NULL;
CREATE INDEX group_moderation_log_subject ON group_moderation_log (subject_id) WHERE subject_id IS NOT NULL;

-- A post's group. No ON DELETE: the content context deletes a group's posts (with their comments, likes and
-- media) before the group row, in the same transaction; a post written into a group being deleted waits for
-- the group's row lock and then fails this key.
ALTER TABLE posts ADD CONSTRAINT posts_group_id_fkey FOREIGN KEY (group_id) REFERENCES groups (id);
-- A group's timeline newest first: one range per page (and the key's check when a group is deleted).
CREATE INDEX posts_by_group ON posts (group_id, id DESC) WHERE group_id IS NOT NULL;

-- Notifications about a group (join requests, approvals, role changes) go with it.
ALTER TABLE notifications ADD COLUMN group_id uuid REFERENCES groups (id) ON DELETE CASCADE;
CREATE INDEX notifications_group ON notifications (group_id) WHERE group_id IS NOT NULL;

-- The home feeds (V5) now also hold, for every member of a fanned-out group, the group's posts above the
-- horizon, their rows marked with the group: leaving the group deletes (owner_id, group_id), a deleted post
-- or group deletes by group, both through this partial index; an unfollow leaves these rows alone.
ALTER TABLE home_feed ADD COLUMN group_id uuid;
CREATE INDEX home_feed_group ON home_feed (group_id, post_id) WHERE group_id IS NOT NULL;

-- The real-time stream (V11) carries group posts too: a group post's row names its group, and a viewer's
-- catch-up reads the posts of the groups it is a member of at that moment through this index, so leaving a
-- group stops its posts at once, on open sockets too (delivery asks the members at dispatch).
ALTER TABLE stream_log ADD COLUMN group_id uuid;
CREATE INDEX stream_log_group ON stream_log (group_id, position) WHERE kind = 'post' AND group_id IS NOT NULL;
