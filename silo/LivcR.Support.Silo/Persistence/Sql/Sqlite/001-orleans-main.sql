-- Orleans ADO.NET providers load their SQL from this table at start-up
-- ("SELECT QueryKey, QueryText FROM OrleansQuery"); the later scripts add one row per query.
CREATE TABLE OrleansQuery
(
    QueryKey  TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);
