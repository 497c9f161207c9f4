-- Reminders (UseAdoNetReminderService). GrainHash is the grain's uniform hash stored as a signed
-- 32-bit value, as Orleans passes it; Period is in milliseconds; Version is the reminder's ETag.
CREATE TABLE OrleansRemindersTable
(
    ServiceId    varchar(150)  NOT NULL,
    GrainId      varchar(1024) NOT NULL,
    ReminderName varchar(150)  NOT NULL,
    StartTime    timestamptz   NOT NULL,
    Period       bigint        NOT NULL,
    GrainHash    integer       NOT NULL,
    Version      integer       NOT NULL,
    PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

CREATE INDEX IX_OrleansRemindersTable_Hash ON OrleansRemindersTable (ServiceId, GrainHash);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
-- Insert or replace a reminder; returns its new version.
('UpsertReminderRowKey', '
INSERT INTO OrleansRemindersTable AS r (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash, 1)
ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
    SET StartTime = excluded.StartTime, Period = excluded.Period, GrainHash = excluded.GrainHash,
        Version = r.Version + 1
RETURNING Version;'),

('ReadReminderRowsKey', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND GrainId = @GrainId;'),

('ReadReminderRowKey', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName;'),

-- Ring range (BeginHash, EndHash] that does not wrap in signed order.
('ReadRangeRows1Key', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND GrainHash > @BeginHash AND GrainHash <= @EndHash;'),

-- Ring range that wraps (also the whole ring when BeginHash = EndHash).
('ReadRangeRows2Key', '
SELECT GrainId, ReminderName, StartTime, Period, Version
FROM OrleansRemindersTable
WHERE ServiceId = @ServiceId AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);'),

-- Orleans reads exactly one row with one column: whether the row (at that version) was deleted.
('DeleteReminderRowKey', '
WITH deleted AS (
    DELETE FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId AND GrainId = @GrainId AND ReminderName = @ReminderName AND Version = @Version
    RETURNING 1)
SELECT EXISTS (SELECT 1 FROM deleted);'),

('DeleteReminderRowsKey', '
DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId;');
