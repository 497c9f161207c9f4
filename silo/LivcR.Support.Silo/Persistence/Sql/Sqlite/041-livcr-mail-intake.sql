-- Mail read from the mailboxes. One row per mail (dedupe key: its Message-ID, else a hash of headers and body):
-- the ticket a new question was given is recorded here before the ticket is opened, so a mail read again after a
-- crash opens the same ticket instead of a second one. full_text is the whole text as received (quoted history
-- included), safe_html the sanitised HTML for display.
CREATE TABLE livcr_mail_inbound
(
    dedupe_key    TEXT PRIMARY KEY,
    mailbox       TEXT NOT NULL,
    message_id    TEXT NULL,
    ticket_number TEXT NULL,
    received_at   TEXT NOT NULL,
    full_text     TEXT NULL,
    safe_html     TEXT NULL
);

CREATE INDEX ix_livcr_mail_inbound_ticket ON livcr_mail_inbound (ticket_number);

-- Mail that could not be handled: the reason, and the message itself so staff can release it as a new ticket.
-- status: quarantined, released, discarded.
CREATE TABLE livcr_mail_quarantine
(
    id             TEXT PRIMARY KEY,
    dedupe_key     TEXT NOT NULL,
    mailbox        TEXT NOT NULL,
    message_id     TEXT NULL,
    sender         TEXT NULL,
    subject        TEXT NOT NULL,
    reason         TEXT NOT NULL,
    quarantined_at TEXT NOT NULL,
    size           INTEGER NOT NULL,
    content        BLOB NULL,
    status         TEXT NOT NULL,
    decided_by     TEXT NULL,
    decided_at     TEXT NULL,
    ticket_number  TEXT NULL
);

CREATE INDEX ix_livcr_mail_quarantine_status ON livcr_mail_quarantine (status, quarantined_at);
