-- Attachment content, outside grain state. The ticket keeps the metadata; this table keeps the bytes.
CREATE TABLE livcr_attachment
(
    id            TEXT PRIMARY KEY,
    ticket_number TEXT NOT NULL,
    name          TEXT NOT NULL,
    content_type  TEXT NOT NULL,
    size          INTEGER NOT NULL,
    sha256        TEXT NOT NULL,
    content       BLOB NOT NULL,
    created_at    TEXT NOT NULL
);

CREATE INDEX ix_livcr_attachment_ticket ON livcr_attachment (ticket_number);
