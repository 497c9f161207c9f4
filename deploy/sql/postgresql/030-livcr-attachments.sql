-- Attachment content, outside grain state. The ticket keeps the metadata; this table keeps the bytes.
CREATE TABLE livcr_attachment
(
    id            VARCHAR(40) PRIMARY KEY,
    ticket_number VARCHAR(20) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size          BIGINT NOT NULL,
    sha256        CHAR(64) NOT NULL,
    content       BYTEA NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL
);

CREATE INDEX ix_livcr_attachment_ticket ON livcr_attachment (ticket_number);
