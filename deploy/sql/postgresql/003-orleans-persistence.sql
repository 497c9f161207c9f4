-- Grain state (AddAdoNetGrainStorage). One row per service, grain type and grain id.
-- Version is the ETag Orleans hands back on the next write or clear (optimistic concurrency).
CREATE TABLE OrleansStorage
(
    GrainIdHash            integer      NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId              varchar(150) NOT NULL,
    PayloadBinary          bytea        NULL,
    ModifiedOn             timestamptz  NOT NULL,
    Version                integer      NOT NULL
);

-- One row per grain, so two concurrent first writes cannot both insert. The key extension
-- enters as two expressions, telling "no extension" apart from an empty one on any version.
CREATE UNIQUE INDEX UX_OrleansStorage_Grain ON OrleansStorage
(
    GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1, ServiceId, GrainTypeString,
    COALESCE(GrainIdExtensionString, ''), (GrainIdExtensionString IS NULL)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
-- Returns the state and its version; no row when the grain has never been written.
('ReadFromStorageKey', '
SELECT PayloadBinary, Version
FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString;'),

-- ETag given: update the row only at that version. No ETag: insert version 1 unless the grain
-- already has a row. Either way no row comes back on a conflict, which Orleans reports as such.
('WriteToStorageKey', '
WITH updated AS (
    UPDATE OrleansStorage
    SET PayloadBinary = @PayloadBinary, ModifiedOn = now(), Version = Version + 1
    WHERE @GrainStateVersion IS NOT NULL
      AND GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
      AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND Version = @GrainStateVersion
    RETURNING Version),
inserted AS (
    INSERT INTO OrleansStorage
        (GrainIdHash, GrainTypeHash, GrainIdN0, GrainIdN1, GrainTypeString, GrainIdExtensionString,
         ServiceId, PayloadBinary, ModifiedOn, Version)
    SELECT @GrainIdHash, @GrainTypeHash, @GrainIdN0, @GrainIdN1, @GrainTypeString, @GrainIdExtensionString,
           @ServiceId, @PayloadBinary, now(), 1
    WHERE @GrainStateVersion IS NULL
    ON CONFLICT DO NOTHING
    RETURNING Version)
SELECT Version AS NewGrainStateVersion FROM updated
UNION ALL
SELECT Version FROM inserted;'),

-- Keeps the row (payload NULL) so the version keeps counting; returns the new version.
('ClearStorageKey', '
UPDATE OrleansStorage
SET PayloadBinary = NULL, ModifiedOn = now(), Version = Version + 1
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
  AND Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;'),

-- Used instead of ClearStorageKey when DeleteStateOnClear is set.
('DeleteStorageKey', '
DELETE FROM OrleansStorage
WHERE GrainIdHash = @GrainIdHash AND GrainTypeHash = @GrainTypeHash
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND ServiceId = @ServiceId AND GrainTypeString = @GrainTypeString
  AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
  AND Version = @GrainStateVersion
RETURNING Version + 1 AS NewGrainStateVersion;');
