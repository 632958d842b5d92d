-- Account erasure (issue 14).

-- The usernames and email addresses of erased accounts, kept from new accounts for a while (30 days:
-- DeleteAccount.NAMES_RESERVED_FOR) so that nobody can pose as the erased account straight away. Compared
-- as accounts' unique indexes compare them (lower-cased); housekeeping deletes the rows whose time is up.
-- No account id: nothing here points at the erased account but the names themselves.
CREATE TABLE reserved_usernames (
    username  text        PRIMARY KEY,
    until     timestamptz NOT NULL
);
CREATE TABLE reserved_emails (
    email     text        PRIMARY KEY,
    until     timestamptz NOT NULL
);
CREATE INDEX reserved_usernames_until ON reserved_usernames (until);
CREATE INDEX reserved_emails_until ON reserved_emails (until);

-- A group outlives its creator's erasure (handed to an admin) without naming it: created_by becomes null.
-- Groups created by accounts erased before this migration lose the dangling id first.
ALTER TABLE groups ALTER COLUMN created_by DROP NOT NULL;
UPDATE groups SET created_by = NULL WHERE created_by IS NOT NULL AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.id = created_by);
ALTER TABLE groups ADD CONSTRAINT groups_created_by_fkey FOREIGN KEY (created_by) REFERENCES accounts (id) ON DELETE SET NULL;
CREATE INDEX groups_created_by ON groups (created_by) WHERE created_by IS NOT NULL;
