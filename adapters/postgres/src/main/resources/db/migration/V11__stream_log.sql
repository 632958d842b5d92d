-- The real-time stream's events, one row per event (a post is one row, whatever the number of followers),
-- in commit order: every append first moves stream_head, whose row lock is held until the appending
-- transaction commits, so a row committed later always has a greater position. A client that reconnects
-- with the last position it saw reads everything after it; rows older than the retention (24 hours) are
-- purged, and a client older than that is told to refetch.
CREATE TABLE stream_head (
    only_row  boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    position  bigint  NOT NULL
);
INSERT INTO stream_head (only_row, position) VALUES (true, 0);

CREATE TABLE stream_log (
    position         bigint      PRIMARY KEY,
    kind             text        NOT NULL CHECK (kind IN ('notification', 'unread', 'post')),
    recipient_id     uuid,
    notification_id  uuid,
    author_id        uuid,
    post_id          uuid,
    created_at       timestamptz NOT NULL
);

-- what one account's catch-up reads: its own rows, and the posts of the accounts it follows
CREATE INDEX stream_log_recipient ON stream_log (recipient_id, position) WHERE recipient_id IS NOT NULL;
CREATE INDEX stream_log_author ON stream_log (author_id, position) WHERE kind = 'post';
-- a post is logged once, however often its outbox message is delivered
CREATE UNIQUE INDEX stream_log_post ON stream_log (post_id) WHERE kind = 'post';
CREATE INDEX stream_log_created ON stream_log (created_at);
