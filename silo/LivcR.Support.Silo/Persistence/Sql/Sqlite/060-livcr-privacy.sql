-- Which kinds of personal data the intake found in a ticket's texts (issue 13): one bit per kind
-- (1 national register number, 2 phone number, 4 IBAN, 8 email address), 0 for none. Never the values.
-- Staff filter their queue on it (TicketFilter.PersonalData); rows written before stay 0 until their next write.
ALTER TABLE livcr_ticket ADD COLUMN personal_data INTEGER NOT NULL DEFAULT 0;

CREATE INDEX ix_livcr_ticket_personal_data ON livcr_ticket (personal_data) WHERE personal_data <> 0;
