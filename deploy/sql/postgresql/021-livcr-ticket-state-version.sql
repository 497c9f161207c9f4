-- The stored state's version (Orleans' ETag in OrleansStorage.Version) a ticket row was projected from.
-- The projection repair compares the two: a row without one, or with a lower one, is behind its state
-- (a process stopped between the state write and the projection) and is projected again.
ALTER TABLE livcr_ticket ADD COLUMN IF NOT EXISTS state_version INTEGER NOT NULL DEFAULT 0;
