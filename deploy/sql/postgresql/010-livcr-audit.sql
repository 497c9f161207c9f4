-- The audit trail: who did or read what, when, from where. Never the content itself.
-- Append-only: a trigger refuses every UPDATE and DELETE.
CREATE TABLE livcr_audit
(
    id      BIGSERIAL PRIMARY KEY,
    at      TIMESTAMPTZ NOT NULL,
    actor   VARCHAR(320) NOT NULL,  -- email address, or "anonymous"
    action  VARCHAR(100) NOT NULL,  -- e.g. ticket.read, ticket.submit, person.grant-role
    target  VARCHAR(400) NOT NULL,  -- e.g. ticket:2026-00042, person:an@gent.be
    ip      VARCHAR(64)  NOT NULL,
    outcome VARCHAR(20)  NOT NULL   -- ok, denied, failed
);

CREATE INDEX ix_livcr_audit_target ON livcr_audit (target, id);
CREATE INDEX ix_livcr_audit_actor ON livcr_audit (actor, id);

CREATE FUNCTION livcr_audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    RAISE EXCEPTION 'audit entries cannot be changed or deleted';
END
$body$;

CREATE TRIGGER livcr_audit_append_only BEFORE UPDATE OR DELETE ON livcr_audit
FOR EACH ROW EXECUTE FUNCTION livcr_audit_refuse_change();
