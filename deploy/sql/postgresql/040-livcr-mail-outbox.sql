-- The durable outbox: every outgoing mail is a row here before the caller is told it was accepted.
-- content holds the complete MIME message (headers fixed at enqueue, so a retry sends the same Message-ID);
-- it is cleared once the mail was sent. status: pending, sent, failed, suppressed, held.
CREATE TABLE livcr_mail_outbox
(
    id              VARCHAR(200) PRIMARY KEY,
    created_at      TIMESTAMPTZ NOT NULL,
    kind            INTEGER NOT NULL,
    automatic       BOOLEAN NOT NULL,
    recipient       VARCHAR(320) NOT NULL,
    ticket_number   VARCHAR(20) NULL,
    subject         TEXT NOT NULL,
    message_id      VARCHAR(300) NOT NULL,
    content         BYTEA NULL,
    status          VARCHAR(20) NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_error      TEXT NULL,
    sent_at         TIMESTAMPTZ NULL
);

CREATE INDEX ix_livcr_mail_outbox_due ON livcr_mail_outbox (status, next_attempt_at);
CREATE INDEX ix_livcr_mail_outbox_recipient ON livcr_mail_outbox (recipient, sent_at);
CREATE INDEX ix_livcr_mail_outbox_created ON livcr_mail_outbox (created_at);

-- The Message-IDs of each ticket's conversation, both directions, for In-Reply-To/References chains and for
-- recognising a reply that refers to a mail the ticket received (unsigned ids).
CREATE TABLE livcr_mail_thread
(
    message_id    VARCHAR(500) PRIMARY KEY,
    ticket_number VARCHAR(20) NOT NULL,
    outbound      BOOLEAN NOT NULL,
    at            TIMESTAMPTZ NOT NULL
);

CREATE INDEX ix_livcr_mail_thread_ticket ON livcr_mail_thread (ticket_number, at);
