-- Cluster membership (UseAdoNetClustering on silos and clients).
-- Every membership change bumps the cluster's Version row; Orleans passes the version it last
-- read, so a change succeeds only if nobody changed the table in between.
CREATE TABLE OrleansMembershipVersionTable
(
    DeploymentId varchar(150) NOT NULL PRIMARY KEY,
    Version      integer      NOT NULL DEFAULT 0,
    ChangedAt    timestamptz  NOT NULL DEFAULT now()
);

-- One row per silo incarnation; Status is Orleans' SiloStatus (3 = Active, 6 = Dead).
CREATE TABLE OrleansMembershipTable
(
    DeploymentId varchar(150) NOT NULL REFERENCES OrleansMembershipVersionTable (DeploymentId) ON DELETE CASCADE,
    Address      varchar(45)  NOT NULL,
    Port         integer      NOT NULL,
    Generation   integer      NOT NULL,
    SiloName     varchar(150) NOT NULL,
    HostName     varchar(150) NOT NULL,
    Status       integer      NOT NULL,
    ProxyPort    integer      NOT NULL,
    SuspectTimes text         NULL,
    StartTime    timestamptz  NOT NULL,
    IAmAliveTime timestamptz  NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

-- Queries that return a success flag return one boolean row, as Orleans expects.
INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('InsertMembershipVersionKey', '
WITH created AS (
    INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1)
SELECT EXISTS (SELECT 1 FROM created);'),

-- Adds a silo and bumps the version in one statement; a duplicate key raises an error,
-- which rolls back the bump too.
('InsertMembershipKey', '
WITH bumped AS (
    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1, ChangedAt = now()
    WHERE DeploymentId = @DeploymentId AND Version = @Version
      AND NOT EXISTS (SELECT 1 FROM OrleansMembershipTable
                      WHERE DeploymentId = @DeploymentId AND Address = @Address
                        AND Port = @Port AND Generation = @Generation)
    RETURNING DeploymentId),
added AS (
    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    SELECT DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
    FROM bumped
    RETURNING 1)
SELECT EXISTS (SELECT 1 FROM added);'),

('UpdateMembershipKey', '
WITH bumped AS (
    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1, ChangedAt = now()
    WHERE DeploymentId = @DeploymentId AND Version = @Version
      AND EXISTS (SELECT 1 FROM OrleansMembershipTable
                  WHERE DeploymentId = @DeploymentId AND Address = @Address
                    AND Port = @Port AND Generation = @Generation)
    RETURNING DeploymentId),
changed AS (
    UPDATE OrleansMembershipTable m
    SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = @IAmAliveTime
    FROM bumped
    WHERE m.DeploymentId = bumped.DeploymentId AND m.Address = @Address
      AND m.Port = @Port AND m.Generation = @Generation
    RETURNING 1)
SELECT EXISTS (SELECT 1 FROM changed);'),

-- Heartbeat; deliberately does not touch the version.
('UpdateIAmAlivetimeKey', '
UPDATE OrleansMembershipTable
SET IAmAliveTime = @IAmAliveTime
WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;'),

-- Both reads start from the version row, so they return a row (carrying Version) even when
-- no silo matches; the silo columns are then NULL.
('MembershipReadRowKey', '
SELECT v.Version, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
       m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime
FROM OrleansMembershipVersionTable v
LEFT JOIN OrleansMembershipTable m
       ON m.DeploymentId = v.DeploymentId AND m.Address = @Address
      AND m.Port = @Port AND m.Generation = @Generation
WHERE v.DeploymentId = @DeploymentId;'),

('MembershipReadAllKey', '
SELECT v.Version, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
       m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime
FROM OrleansMembershipVersionTable v
LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
WHERE v.DeploymentId = @DeploymentId;'),

-- Gateways for clients: active silos with a gateway port.
('GatewaysQueryKey', '
SELECT Address, ProxyPort, Generation
FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;'),

-- Removes the whole cluster; the silo rows go with it (ON DELETE CASCADE).
('DeleteMembershipTableEntriesKey', '
DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;'),

-- Fallback cleanup: dead silos not heard from since @IAmAliveTime. Orleans uses it only
-- when CleanupDefunctSiloEntryKey below is missing.
('CleanupDefunctSiloEntriesKey', '
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId AND Status = 6 AND IAmAliveTime < @IAmAliveTime;'),

-- Optional per-silo cleanup: Orleans picks the dead, stale rows itself and deletes each one
-- only if it is still exactly as it read it.
('CleanupDefunctSiloEntryKey', '
DELETE FROM OrleansMembershipTable
WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation
  AND Status = 6 AND StartTime = @StartTime AND IAmAliveTime = @IAmAliveTime
  AND COALESCE(SuspectTimes, '''') = COALESCE(@SuspectTimes, '''');');
