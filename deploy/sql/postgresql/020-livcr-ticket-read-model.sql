-- The ticket read model: one row per ticket for lists, filters, search and reports.
-- Grain state is the truth; a ticket upserts its row after each durable write, stamped with its version,
-- so a late or repeated write never overwrites a newer row.
CREATE TABLE livcr_ticket
(
    number                 VARCHAR(20) PRIMARY KEY,
    version                INTEGER NOT NULL,
    municipality_nis       VARCHAR(5) NOT NULL,
    province               VARCHAR(40) NOT NULL,
    subject                VARCHAR(200) NOT NULL,
    status                 VARCHAR(40) NOT NULL,
    priority               SMALLINT NOT NULL,   -- 1 low, 2 normal, 3 high, 4 urgent
    category               VARCHAR(60) NULL,
    prevention_level       VARCHAR(60) NULL,
    assignee               VARCHAR(320) NULL,
    requester_email        VARCHAR(320) NOT NULL,
    confidential           BOOLEAN NOT NULL,
    tags                   TEXT NOT NULL,       -- ",tag-a,tag-b," for exact tag matches
    created_at             TIMESTAMPTZ NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL,
    first_response_due     TIMESTAMPTZ NULL,
    resolution_due         TIMESTAMPTZ NULL,
    due_at                 TIMESTAMPTZ NULL,    -- the earliest open due time
    first_response_at      TIMESTAMPTZ NULL,
    resolved_at            TIMESTAMPTZ NULL,
    first_response_seconds BIGINT NULL,         -- business time to the first answer
    resolution_seconds     BIGINT NULL,         -- business time to resolution
    sla_breached           BOOLEAN NOT NULL,    -- a breach was escalated
    merged_into            VARCHAR(20) NULL,
    public_text            TEXT NOT NULL,       -- subject and public messages
    note_text              TEXT NOT NULL,       -- internal notes (staff search only)
    public_tsv             TSVECTOR GENERATED ALWAYS AS (to_tsvector('dutch', public_text)) STORED,
    note_tsv               TSVECTOR GENERATED ALWAYS AS (to_tsvector('dutch', note_text)) STORED
);

CREATE INDEX ix_livcr_ticket_status ON livcr_ticket (status, due_at);
CREATE INDEX ix_livcr_ticket_municipality ON livcr_ticket (municipality_nis, updated_at);
CREATE INDEX ix_livcr_ticket_province ON livcr_ticket (province, status);
CREATE INDEX ix_livcr_ticket_assignee ON livcr_ticket (assignee, status);
CREATE INDEX ix_livcr_ticket_due ON livcr_ticket (due_at);
CREATE INDEX ix_livcr_ticket_updated ON livcr_ticket (updated_at);
CREATE INDEX ix_livcr_ticket_created ON livcr_ticket (created_at);
CREATE INDEX ix_livcr_ticket_public_tsv ON livcr_ticket USING GIN (public_tsv);
CREATE INDEX ix_livcr_ticket_note_tsv ON livcr_ticket USING GIN (note_tsv);
