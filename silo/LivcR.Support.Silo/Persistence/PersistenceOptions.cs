using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LivcR.Support.Silo.Persistence;

/// <summary>Where the system keeps its data. Section <c>Persistence</c>.</summary>
/// <remarks>
/// The connection string is a secret: it is never logged; <see cref="Describe"/> gives a safe description.
/// </remarks>
public sealed class PersistenceOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Persistence";

    /// <summary>SQLite (the default, standalone) or PostgreSQL (cluster).</summary>
    public PersistenceProvider Provider { get; set; } = PersistenceProvider.Sqlite;

    /// <summary>The SQLite file; relative paths are taken from the working directory.</summary>
    [Required]
    public string SqlitePath { get; set; } = Path.Combine("data", "livcr-support.db");

    /// <summary>The PostgreSQL connection string (required for <see cref="PersistenceProvider.PostgreSql"/>).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply the schema scripts at start-up (idempotent); otherwise run the silo's <c>migrate</c> command.</summary>
    public bool ApplySchemaOnStart { get; set; } = true;

    /// <summary>Seconds to wait for the database at start-up before giving up.</summary>
    [Range(1, 300)]
    public int ConnectTimeoutSeconds { get; set; } = 10;

    /// <summary>The Orleans ADO.NET invariant name of the provider.</summary>
    public string Invariant => Provider == PersistenceProvider.Sqlite ? "System.Data.SQLite" : "Npgsql";

    /// <summary>The full path of the SQLite file.</summary>
    public string SqliteFullPath => Path.GetFullPath(SqlitePath);

    /// <summary>The connection string handed to Orleans and to the project's own queries.</summary>
    public string EffectiveConnectionString => Provider switch
    {
        PersistenceProvider.Sqlite => new SqliteConnectionStringBuilder
        {
            DataSource = SqliteFullPath,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString(),
        _ => ConnectionString is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException("Persistence:ConnectionString is required when Persistence:Provider is PostgreSql."),
    };

    /// <summary>A description of the target that is safe to log (no password).</summary>
    public string Describe()
    {
        if (Provider == PersistenceProvider.Sqlite)
        {
            return $"SQLite file {SqliteFullPath}";
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database} as {builder.Username}";
        }
        catch (ArgumentException)
        {
            return "PostgreSQL (connection string not readable)";
        }
    }
}
