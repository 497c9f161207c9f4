-- The durable outbox: every outgoing mail is a row here before the caller is told it was accepted.
-- content holds the complete MIME message (headers fixed at enqueue, so a retry sends the same Message-ID);
-- it is cleared once the mail was sent. status: pending, sent, failed, suppressed, held.
CREATE TABLE livcr_mail_outbox
(
    id              TEXT PRIMARY KEY,
    created_at      TEXT NOT NULL,
    kind            INTEGER NOT NULL,
    automatic       INTEGER NOT NULL,
    recipient       TEXT NOT NULL,
    ticket_number   TEXT NULL,
    subject         TEXT NOT NULL,
    message_id      TEXT NOT NULL,
    content         BLOB NULL,
    status          TEXT NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error      TEXT NULL,
    sent_at         TEXT NULL
);

CREATE INDEX ix_livcr_mail_outbox_due ON livcr_mail_outbox (status, next_attempt_at);
CREATE INDEX ix_livcr_mail_outbox_recipient ON livcr_mail_outbox (recipient, sent_at);
CREATE INDEX ix_livcr_mail_outbox_created ON livcr_mail_outbox (created_at);

-- The Message-IDs of each ticket's conversation, both directions, for In-Reply-To/References chains and for
-- recognising a reply that refers to a mail the ticket received (unsigned ids).
CREATE TABLE livcr_mail_thread
(
    message_id    TEXT PRIMARY KEY,
    ticket_number TEXT NOT NULL,
    outbound      INTEGER NOT NULL,
    at            TEXT NOT NULL
);

CREATE INDEX ix_livcr_mail_thread_ticket ON livcr_mail_thread (ticket_number, at);
