-- Ticket mail staged before the ticket's state write (acknowledgements, staff replies, status notifications).
-- Such a row has no content yet: it is rendered at delivery from notice_text (JSON: the template's parameters; a staff
-- reply's message is personal data and is cleared once sent), after the ticket confirmed that its stored state holds
-- notice_token. in_reply_to is the Message-ID the mail answers. Rows without a token are built at enqueue as before.
ALTER TABLE livcr_mail_outbox ADD COLUMN notice_token VARCHAR(32) NULL;
ALTER TABLE livcr_mail_outbox ADD COLUMN notice_text TEXT NULL;
ALTER TABLE livcr_mail_outbox ADD COLUMN in_reply_to VARCHAR(600) NULL;
