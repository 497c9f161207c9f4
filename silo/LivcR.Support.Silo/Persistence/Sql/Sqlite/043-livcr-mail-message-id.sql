-- Mail identity by Message-ID and fingerprint. From this version a mail's dedupe key is its Message-ID and a SHA-256
-- fingerprint of its describing headers and body ("<id> sha256:<hex>"; the fingerprint alone without Message-ID), so two
-- different mails that carry one Message-ID are two rows of livcr_mail_inbound and livcr_mail_quarantine. Rows written
-- before keep their keys (the Message-ID alone); the intake still recognises those mails by them.
--
-- livcr_mail_message_id: which mail first carried each Message-ID (first claim wins) and the ticket it went to. A later,
-- different mail with the same id is handled as a mail of its own and its ticket gets a system event; only the first
-- mail's ticket is entered in livcr_mail_thread for that id, so replies that refer to it always thread to that ticket.
CREATE TABLE livcr_mail_message_id
(
    message_id    TEXT PRIMARY KEY,
    dedupe_key    TEXT NOT NULL,
    ticket_number TEXT NULL,
    first_seen_at TEXT NOT NULL
);

-- Every Message-ID taken in before this version belongs to the one mail that carried it then.
INSERT INTO livcr_mail_message_id (message_id, dedupe_key, ticket_number, first_seen_at)
SELECT message_id, dedupe_key, ticket_number, received_at FROM livcr_mail_inbound
WHERE message_id IS NOT NULL AND length(message_id) <= 500
ORDER BY received_at
ON CONFLICT (message_id) DO NOTHING;
