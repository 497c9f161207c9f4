-- Idempotency keys of new questions (clientRequestId): the scoped key (SHA-256 of caller and key, no address) and the
-- ticket number reserved for it, recorded before the ticket opens. A retry within 24 hours opens (or finds) the same
-- number instead of a second ticket. The sweeper deletes rows older than a day.
CREATE TABLE IF NOT EXISTS livcr_request_key
(
    request_key VARCHAR(64) PRIMARY KEY,
    result      VARCHAR(40) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_livcr_request_key_created ON livcr_request_key (created_at);
