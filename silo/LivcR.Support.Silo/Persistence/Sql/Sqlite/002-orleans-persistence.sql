-- Grain state (AddAdoNetGrainStorage). One row per service, grain type and grain id.
-- Version is the ETag Orleans hands back on the next write or clear (optimistic concurrency).
-- The queries need SQLite 3.35+ (RETURNING, upsert without a conflict target); Microsoft.Data.Sqlite bundles a newer one.
CREATE TABLE OrleansStorage
(
    GrainIdHash            INTEGER NOT NULL,
    GrainTypeHash          INTEGER NOT NULL,
    GrainIdN0              INTEGER NOT NULL,
    GrainIdN1              INTEGER NOT NULL,
    GrainTypeString        TEXT    NOT NULL,
    GrainIdExtensionString TEXT    NULL,
    ServiceId              TEXT    NOT NULL,
    PayloadBinary          BLOB    NULL,
    ModifiedOn             TEXT    NOT NULL,
    Version                INTEGER NOT NULL
);

-- One row per grain. SQLite treats NULLs as distinct in a unique index, so the key extension
-- enters as two expressions that tell "no extension" apart from an empty one.
CREATE UNIQUE INDEX UX_OrleansStorage_Grain ON OrleansStorage
(
    GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1, ServiceId, GrainTypeString,
    IFNULL(GrainIdExtensionString, ''), GrainIdExtensionString IS NULL
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
-- Returns the state and its version; no row when the grain has never been written.
('ReadFromStorageKey', '
SELECT PayloadBinary, Version
FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS @GrainIdExtensionString;'),

-- No ETag: insert version 1 unless a row exists. ETag given: the row must exist (EXISTS) and carry
-- that version (DO UPDATE ... WHERE). Any other case returns no row, which Orleans reports as a conflict.
('WriteToStorageKey', '
INSERT INTO OrleansStorage
    (GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1, GrainTypeString, GrainIdExtensionString,
     ServiceId, PayloadBinary, ModifiedOn, Version)
SELECT @GrainIdHash, @GrainTypeHash, @GrainIdN0, @GrainIdN1, @GrainTypeString, @GrainIdExtensionString,
       @ServiceId, @PayloadBinary, CURRENT_TIMESTAMP, 1
WHERE @GrainStateVersion IS NULL
   OR EXISTS (SELECT 1 FROM OrleansStorage
              WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
                AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
                AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
                AND GrainIdExtensionString IS @GrainIdExtensionString)
ON CONFLICT DO UPDATE
    SET PayloadBinary = excluded.PayloadBinary, ModifiedOn = excluded.ModifiedOn, Version = Version + 1
    WHERE Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;'),

-- Keeps the row (payload NULL) so the version keeps counting; returns the new version.
('ClearStorageKey', '
UPDATE OrleansStorage
SET PayloadBinary = NULL, ModifiedOn = CURRENT_TIMESTAMP, Version = Version + 1
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS @GrainIdExtensionString
  AND Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;'),

-- Used instead of ClearStorageKey when DeleteStateOnClear is set.
('DeleteStorageKey', '
DELETE FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS @GrainIdExtensionString
  AND Version = @GrainStateVersion
RETURNING Version + 1 AS NewGrainStateVersion;');
