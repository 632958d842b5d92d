-- The precomputed home timeline (fan-out on write), with fan-out on read for much-followed authors.
--
-- home_feed holds, for every account (owner), the ids of the posts its home timeline shows that are newer
-- than the horizon: its own posts and those of the accounts it follows (accepted), outside groups. The
-- repositories keep it in the transaction of the change that moves it: a post is written to its author's
-- and its followers' feeds, a new or accepted follow copies the followee's posts in, an unfollow takes
-- them out, a deleted post or account leaves every feed. A page is then one range of the primary key.
--
-- Much-followed authors are not fanned out: from the first post they write with pull_from_followers or
-- more followers (accounts.feed_pull_from, the id of that post), their posts stay out of the feeds and
-- the follows of their followers are flagged (follows.pull), so a page reads those few authors' newer
-- posts directly, by the partial index below.
--
-- Posts at or below the horizon (home_feed_horizon) are not in the feeds: housekeeping moves the horizon
-- up with time and deletes what falls under it, and a page that reaches it continues with the
-- fan-out-on-read statement. No foreign keys: checking them would lock every follower's account row for
-- each post fanned out; the repositories delete the rows instead, and a page joins posts, so a row whose
-- post is gone is never shown.

ALTER TABLE accounts ADD COLUMN feed_pull_from uuid;
ALTER TABLE follows ADD COLUMN pull boolean NOT NULL DEFAULT false;

-- A viewer's much-followed followees, read by every page: usually none, so one index descent.
CREATE INDEX follows_pull ON follows (follower_id) INCLUDE (followee_id) WHERE pull AND state = 'following';

CREATE TABLE home_feed (
    owner_id  uuid NOT NULL,
    post_id   uuid NOT NULL,
    author_id uuid NOT NULL,
    -- A page is a backward range of this key; author_id is included so that the block filter and an
    -- unfollow's delete are decided in the index.
    PRIMARY KEY (owner_id, post_id) INCLUDE (author_id)
);

-- No index on post_id: moving the horizon (hourly) scans the table, which costs less than maintaining
-- one more index on every fan-out row (a BRIN index, whose last range every new row widens, made
-- concurrent fan-outs queue on its page).

-- One row: the feeds hold every post with an id above this one.
CREATE TABLE home_feed_horizon (
    single  boolean PRIMARY KEY DEFAULT true CHECK (single),
    post_id uuid NOT NULL
);

-- An empty database starts complete (nothing is below the nil uuid); one that already has posts starts at
-- three days ago (the time-ordered ids of RFC 9562 version 7 start with their millisecond), and its
-- feeds are filled from there.
INSERT INTO home_feed_horizon (post_id)
SELECT CASE WHEN EXISTS (SELECT 1 FROM posts)
            THEN CAST(lpad(to_hex(floor(extract(epoch FROM now() - interval '3 days') * 1000)::bigint), 12, '0')
                      || '00000000000000000000' AS uuid)
            ELSE CAST('00000000-0000-0000-0000-000000000000' AS uuid) END;

INSERT INTO home_feed (owner_id, post_id, author_id)
SELECT owner_id, post_id, author_id FROM (
    SELECT f.follower_id AS owner_id, p.id AS post_id, p.author_id
    FROM posts p JOIN follows f ON f.followee_id = p.author_id AND f.state = 'following'
    WHERE p.group_id IS NULL AND p.id > (SELECT post_id FROM home_feed_horizon)
    UNION ALL
    SELECT p.author_id, p.id, p.author_id
    FROM posts p
    WHERE p.group_id IS NULL AND p.id > (SELECT post_id FROM home_feed_horizon)) feed
ORDER BY owner_id, post_id;
