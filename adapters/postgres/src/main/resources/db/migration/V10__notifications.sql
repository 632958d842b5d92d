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

-- Each account's unread count, kept by a trigger on every insert, delete (a retraction, or a cascade when an
-- account is erased) and read, so it is one row to read however many notifications an account has.
CREATE TABLE notification_counts (
    recipient_id  uuid   PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    unread        bigint NOT NULL DEFAULT 0 CHECK (unread >= 0)
);

CREATE FUNCTION notification_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NOT NEW.read THEN
        INSERT INTO notification_counts (recipient_id, unread) VALUES (NEW.recipient_id, 1)
            ON CONFLICT (recipient_id) DO UPDATE SET unread = notification_counts.unread + 1;
    ELSIF TG_OP = 'DELETE' AND NOT OLD.read THEN
        UPDATE notification_counts SET unread = unread - 1 WHERE recipient_id = OLD.recipient_id;
    ELSIF TG_OP = 'UPDATE' AND OLD.read <> NEW.read THEN
        UPDATE notification_counts SET unread = unread + CASE WHEN NEW.read THEN -1 ELSE 1 END
            WHERE recipient_id = NEW.recipient_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER notification_counts_keep AFTER INSERT OR DELETE OR UPDATE OF read ON notifications
    FOR EACH ROW EXECUTE FUNCTION notification_counts_keep();
