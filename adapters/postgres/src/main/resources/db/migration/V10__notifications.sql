-- Notifications, written by the outbox relay from the graph and content events. One per recipient and
-- cause (what caused it: "like:<post>:<liker>", "comment:<comment>", ...), so a message delivered twice
-- notifies once; undoing the cause deletes it by cause or by post.
CREATE TABLE notifications (
    id            uuid        PRIMARY KEY,
    recipient_id  uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    type          text        NOT NULL,
    actor_id      uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    post_id       uuid,
    comment_id    uuid,
    cause         text        NOT NULL,
    created_at    timestamptz NOT NULL,
    read          boolean     NOT NULL DEFAULT false,
    CONSTRAINT notifications_one_per_cause UNIQUE (recipient_id, cause)
);

-- pages, newest first, all or unread only: one index range each
CREATE INDEX notifications_page ON notifications (recipient_id, id DESC);
CREATE INDEX notifications_unread_page ON notifications (recipient_id, id DESC) WHERE NOT read;
CREATE INDEX notifications_cause ON notifications (cause);
CREATE INDEX notifications_post ON notifications (post_id) WHERE post_id IS NOT NULL;
CREATE INDEX notifications_actor ON notifications (actor_id);

-- Each account's unread count, kept by statement-level triggers on every insert, delete (a retraction, or
-- the cascade when an account is erased) and update, so it is one row to read however many notifications an
-- account has. Statement-level, from the transition tables: marking 90,000 notifications read moves the
-- counter once, not 90,000 times (row-level triggers updating one row that often take minutes).
CREATE TABLE notification_counts (
    recipient_id  uuid   PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    unread        bigint NOT NULL DEFAULT 0 CHECK (unread >= 0)
);

CREATE FUNCTION notification_counts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO notification_counts (recipient_id, unread)
        SELECT recipient_id, count(*) FROM inserted WHERE NOT read GROUP BY recipient_id
        ON CONFLICT (recipient_id) DO UPDATE SET unread = notification_counts.unread + EXCLUDED.unread;
    RETURN NULL;
END $$;

CREATE FUNCTION notification_counts_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE notification_counts c SET unread = c.unread - d.gone
        FROM (SELECT recipient_id, count(*) AS gone FROM deleted WHERE NOT read GROUP BY recipient_id) d
        WHERE c.recipient_id = d.recipient_id;
    RETURN NULL;
END $$;

CREATE FUNCTION notification_counts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE notification_counts c SET unread = c.unread + d.delta
        FROM (SELECT n.recipient_id, sum(CASE WHEN o.read = n.read THEN 0 WHEN n.read THEN -1 ELSE 1 END) AS delta
              FROM after_update n JOIN before_update o ON o.id = n.id GROUP BY n.recipient_id) d
        WHERE c.recipient_id = d.recipient_id AND d.delta <> 0;
    RETURN NULL;
END $$;

CREATE TRIGGER notification_counts_inserted AFTER INSERT ON notifications
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION notification_counts_inserted();
CREATE TRIGGER notification_counts_deleted AFTER DELETE ON notifications
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION notification_counts_deleted();
CREATE TRIGGER notification_counts_updated AFTER UPDATE ON notifications
    REFERENCING OLD TABLE AS before_update NEW TABLE AS after_update FOR EACH STATEMENT
    EXECUTE FUNCTION notification_counts_updated();
