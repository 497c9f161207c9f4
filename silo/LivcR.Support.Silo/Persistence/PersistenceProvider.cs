namespace LivcR.Support.Silo.Persistence;

/// <summary>Which database holds grain state, reminders and (in a cluster) membership.</summary>
public enum PersistenceProvider
{
    /// <summary>One SQLite file: standalone mode, nothing to install.</summary>
    Sqlite,

    /// <summary>PostgreSQL: cluster mode, also Orleans membership.</summary>
    PostgreSql,
}
