-- Housekeeping deletes expired tokens hourly; these keep that from scanning the tables.
CREATE INDEX one_time_tokens_expires_at ON one_time_tokens (expires_at);
CREATE INDEX refresh_tokens_session_expiry ON refresh_tokens (session_id, expires_at);
