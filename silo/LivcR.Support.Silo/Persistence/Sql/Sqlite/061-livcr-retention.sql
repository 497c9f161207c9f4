-- Retention (Privacy:RetentionMonths): when a ticket was closed, and where it stands for retention
-- (0 = kept until due, 1 = legal hold, 2 = anonymised). The retention job finds due tickets through
-- ix_livcr_ticket_retention; the ticket's own state decides.
ALTER TABLE livcr_ticket ADD COLUMN closed_at TEXT NULL;
ALTER TABLE livcr_ticket ADD COLUMN retention INTEGER NOT NULL DEFAULT 0;
-- Tickets closed before this script: their last change is the latest their closing can have been, so
-- they are never anonymised early. The next write of the ticket stores the real moment.
UPDATE livcr_ticket SET closed_at = updated_at WHERE status = 'CLOSED';
CREATE INDEX ix_livcr_ticket_retention ON livcr_ticket (retention, status, closed_at);
-- What retention and erasure look up per ticket or per moment in the mail tables.
CREATE INDEX ix_livcr_mail_outbox_ticket ON livcr_mail_outbox (ticket_number);
CREATE INDEX ix_livcr_mail_quarantine_ticket ON livcr_mail_quarantine (ticket_number);
CREATE INDEX ix_livcr_mail_inbound_received ON livcr_mail_inbound (received_at);
