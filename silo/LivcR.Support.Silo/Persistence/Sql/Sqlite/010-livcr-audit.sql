-- The audit trail: who did or read what, when, from where. Never the content itself.
-- Append-only: the triggers refuse every UPDATE and DELETE.
CREATE TABLE livcr_audit
(
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,  -- ISO 8601, UTC
    actor   TEXT NOT NULL,  -- email address, or "anonymous"
    action  TEXT NOT NULL,  -- e.g. ticket.read, ticket.submit, person.grant-role
    target  TEXT NOT NULL,  -- e.g. ticket:2026-00042, person:an@gent.be
    ip      TEXT NOT NULL,
    outcome TEXT NOT NULL   -- ok, denied, failed
);

CREATE INDEX ix_livcr_audit_target ON livcr_audit (target, id);
CREATE INDEX ix_livcr_audit_actor ON livcr_audit (actor, id);

CREATE TRIGGER livcr_audit_no_update BEFORE UPDATE ON livcr_audit
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be changed');
END;

CREATE TRIGGER livcr_audit_no_delete BEFORE DELETE ON livcr_audit
BEGIN
    SELECT RAISE(ABORT, 'audit entries cannot be deleted');
END;
