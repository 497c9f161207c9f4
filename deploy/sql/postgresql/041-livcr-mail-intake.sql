-- Mail read from the mailboxes. One row per mail (dedupe key: its Message-ID, else a hash of headers and body):
-- the ticket a new question was given is recorded here before the ticket is opened, so a mail read again after a
-- crash opens the same ticket instead of a second one. full_text is the whole text as received (quoted history
-- included), safe_html the sanitised HTML for display.
CREATE TABLE livcr_mail_inbound
(
    dedupe_key    VARCHAR(600) PRIMARY KEY,
    mailbox       VARCHAR(64) NOT NULL,
    message_id    VARCHAR(600) NULL,
    ticket_number VARCHAR(20) NULL,
    received_at   TIMESTAMPTZ NOT NULL,
    full_text     TEXT NULL,
    safe_html     TEXT NULL
);

CREATE INDEX ix_livcr_mail_inbound_ticket ON livcr_mail_inbound (ticket_number);

-- Mail that could not be handled: the reason, and the message itself so staff can release it as a new ticket.
-- status: quarantined, released, discarded.
CREATE TABLE livcr_mail_quarantine
(
    id             VARCHAR(64) PRIMARY KEY,
    dedupe_key     VARCHAR(600) NOT NULL,
    mailbox        VARCHAR(64) NOT NULL,
    message_id     VARCHAR(600) NULL,
    sender         VARCHAR(320) NULL,
    subject        TEXT NOT NULL,
    reason         TEXT NOT NULL,
    quarantined_at TIMESTAMPTZ NOT NULL,
    size           BIGINT NOT NULL,
    content        BYTEA NULL,
    status         VARCHAR(20) NOT NULL,
    decided_by     VARCHAR(320) NULL,
    decided_at     TIMESTAMPTZ NULL,
    ticket_number  VARCHAR(20) NULL
);

CREATE INDEX ix_livcr_mail_quarantine_status ON livcr_mail_quarantine (status, quarantined_at);
