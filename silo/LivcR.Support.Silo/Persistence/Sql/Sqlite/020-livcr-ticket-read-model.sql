-- The ticket read model: one row per ticket for lists, filters, search and reports.
-- Grain state is the truth; a ticket upserts its row after each durable write, stamped with its version,
-- so a late or repeated write never overwrites a newer row. Times are UTC text "yyyy-MM-ddTHH:mm:ss.fffffffZ".
CREATE TABLE livcr_ticket
(
    number                 TEXT PRIMARY KEY,
    version                INTEGER NOT NULL,
    municipality_nis       TEXT NOT NULL,
    province               TEXT NOT NULL,
    subject                TEXT NOT NULL,
    status                 TEXT NOT NULL,
    priority               INTEGER NOT NULL,   -- 1 low, 2 normal, 3 high, 4 urgent
    category               TEXT NULL,
    prevention_level       TEXT NULL,
    assignee               TEXT NULL,
    requester_email        TEXT NOT NULL,
    confidential           INTEGER NOT NULL,
    tags                   TEXT NOT NULL,      -- ",tag-a,tag-b," for exact tag matches
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL,
    first_response_due     TEXT NULL,
    resolution_due         TEXT NULL,
    due_at                 TEXT NULL,          -- the earliest open due time
    first_response_at      TEXT NULL,
    resolved_at            TEXT NULL,
    first_response_seconds INTEGER NULL,       -- business time to the first answer
    resolution_seconds     INTEGER NULL,       -- business time to resolution
    sla_breached           INTEGER NOT NULL,   -- a breach was escalated
    merged_into            TEXT NULL
);

CREATE INDEX ix_livcr_ticket_status ON livcr_ticket (status, due_at);
CREATE INDEX ix_livcr_ticket_municipality ON livcr_ticket (municipality_nis, updated_at);
CREATE INDEX ix_livcr_ticket_province ON livcr_ticket (province, status);
CREATE INDEX ix_livcr_ticket_assignee ON livcr_ticket (assignee, status);
CREATE INDEX ix_livcr_ticket_due ON livcr_ticket (due_at);
CREATE INDEX ix_livcr_ticket_updated ON livcr_ticket (updated_at);
CREATE INDEX ix_livcr_ticket_created ON livcr_ticket (created_at);

-- Full text: subject and public messages for everyone in scope; internal notes for staff only.
-- unicode61 with remove_diacritics 2: "polarisatie" finds "polarisátie", "reünie" finds "reunie".
CREATE VIRTUAL TABLE livcr_ticket_fts USING fts5
(
    number UNINDEXED,
    public_text,
    note_text,
    tokenize = 'unicode61 remove_diacritics 2'
);
