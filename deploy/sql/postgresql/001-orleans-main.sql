-- Orleans ADO.NET providers load their SQL from this table at start-up
-- ("SELECT QueryKey, QueryText FROM OrleansQuery"); the later scripts add one row per query.
-- Identifiers are unquoted, so PostgreSQL folds them to lower case; Npgsql matches the
-- column names Orleans asks for (QueryKey, Version, ...) case-insensitively.
CREATE TABLE OrleansQuery
(
    QueryKey  varchar(64) NOT NULL PRIMARY KEY,
    QueryText text        NOT NULL
);
