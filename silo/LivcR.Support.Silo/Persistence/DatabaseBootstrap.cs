using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace LivcR.Support.Silo.Persistence;

/// <summary>Checks the database is reachable and applies the schema scripts that were not applied yet.</summary>
/// <remarks>
/// Runs before the host starts, so an unreachable database ends the process with one clear log line
/// instead of a stack of Orleans retries. Scripts are recorded in <c>livcr_schema_history</c>; applying is
/// idempotent and serialised (an advisory lock on PostgreSQL, an immediate transaction on SQLite), so
/// several silos may start at once.
/// </remarks>
public static partial class DatabaseBootstrap
{
    private const long PostgreSqlLockKey = 0x4C495643_52535550; // "LIVCRSUP"

    /// <summary>Opens the database and, when configured, applies the schema. False when the database cannot be used.</summary>
    public static async Task<bool> PrepareAsync(PersistenceOptions options, ILogger logger, CancellationToken cancellationToken = default)
    {
        DbConnection connection;
        try
        {
            connection = await OpenAsync(options, cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException or UnauthorizedAccessException or TimeoutException or ArgumentException)
        {
            LogUnreachable(logger, options.Describe(), ex.Message);
            return false;
        }

        await using (connection)
        {
            if (!options.ApplySchemaOnStart)
            {
                LogSchemaSkipped(logger, options.Describe());
                return true;
            }

            var applied = await ApplySchemaAsync(connection, options.Provider, cancellationToken);
            LogSchemaReady(logger, options.Describe(), applied.Count);
            return true;
        }
    }

    /// <summary>Opens a connection to the configured database for reading (creating the SQLite folder if needed).</summary>
    public static Task<DbConnection> OpenAsync(PersistenceOptions options, CancellationToken cancellationToken = default) =>
        OpenCoreAsync(options, write: false, cancellationToken);

    /// <summary>
    /// Opens a connection that will write. On SQLite it holds the file's <see cref="SqliteWriteGate"/> until it is closed,
    /// so keep it short; on PostgreSQL it is an ordinary connection.
    /// </summary>
    public static Task<DbConnection> OpenForWriteAsync(PersistenceOptions options, CancellationToken cancellationToken = default) =>
        OpenCoreAsync(options, write: true, cancellationToken);

    private static async Task<DbConnection> OpenCoreAsync(PersistenceOptions options, bool write, CancellationToken cancellationToken)
    {
        DbConnection connection;
        if (options.Provider == PersistenceProvider.Sqlite)
        {
            var directory = Path.GetDirectoryName(options.SqliteFullPath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            connection = write
                ? new GatedSqliteConnection(options.EffectiveConnectionString, SqliteWriteGate.For(options.SqliteFullPath))
                : new SqliteConnection(options.EffectiveConnectionString);
        }
        else
        {
            var builder = new NpgsqlConnectionStringBuilder(options.EffectiveConnectionString)
            {
                Timeout = options.ConnectTimeoutSeconds,
            };
            connection = new NpgsqlConnection(builder.ConnectionString);
        }

        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Applies the scripts not yet recorded, in order, in one transaction. Returns the names applied.</summary>
    public static async Task<IReadOnlyList<string>> ApplySchemaAsync(DbConnection connection, PersistenceProvider provider, CancellationToken cancellationToken = default)
    {
        if (provider == PersistenceProvider.Sqlite)
        {
            // WAL lets readers and the single writer work at the same time; it is a property of the file.
            await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (provider == PersistenceProvider.PostgreSql)
        {
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgreSqlLockKey});", cancellationToken);
        }

        await ExecuteAsync(
            connection,
            transaction,
            "CREATE TABLE IF NOT EXISTS livcr_schema_history (script_name VARCHAR(200) NOT NULL PRIMARY KEY, applied_at VARCHAR(40) NOT NULL);",
            cancellationToken);

        var done = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT script_name FROM livcr_schema_history;";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                done.Add(reader.GetString(0));
            }
        }

        var applied = new List<string>();
        foreach (var (name, sql) in SchemaScripts.For(provider))
        {
            if (done.Contains(name))
            {
                continue;
            }

            await ExecuteAsync(connection, transaction, sql, cancellationToken);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO livcr_schema_history (script_name, applied_at) VALUES (@name, @at);";
            AddParameter(record, "@name", name);
            AddParameter(record, "@at", DateTimeOffset.UtcNow.ToString("O"));
            await record.ExecuteNonQueryAsync(cancellationToken);
            applied.Add(name);
        }

        await transaction.CommitAsync(cancellationToken);
        return applied;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Critical, Message = "Cannot use the database ({Target}): {Reason}. Stopping.")]
    private static partial void LogUnreachable(ILogger logger, string target, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Database ready ({Target}); {Applied} schema script(s) applied now")]
    private static partial void LogSchemaReady(ILogger logger, string target, int applied);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Database reachable ({Target}); schema left alone (Persistence:ApplySchemaOnStart is off)")]
    private static partial void LogSchemaSkipped(ILogger logger, string target);
}
