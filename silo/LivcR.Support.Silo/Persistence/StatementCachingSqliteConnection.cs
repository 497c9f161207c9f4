using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace LivcR.Support.Silo.Persistence;

/// <summary>
/// A SQLite connection that keeps the statements it ran compiled, keyed by their text, and reuses them: the
/// <see cref="BatchedWriter"/>'s long-lived connection, which runs the same few writes (grain state, read-model row,
/// full-text row, audit entry, outbox mail) thousands of times.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite compiles a statement for every new command; on the write path that compilation cost as much as
/// the write itself. Commands created here look up a compiled twin by their text and bind their own parameters to it, so
/// callers keep writing ordinary ADO.NET. A twin serves one execution at a time (a statement whose reader is still open
/// is not handed out again); at most <see cref="MaxStatements"/> are kept.
/// </remarks>
public sealed class StatementCachingSqliteConnection(string connectionString) : SqliteConnection(connectionString)
{
    /// <summary>Most compiled statements kept.</summary>
    public const int MaxStatements = 64;

    private readonly Dictionary<string, SqliteCommand> _compiled = new(StringComparer.Ordinal);

    /// <summary>How many compiled statements are kept now (for tests and diagnostics).</summary>
    public int CompiledCount => _compiled.Count;

    /// <inheritdoc />
    protected override DbCommand CreateDbCommand() => new CachedStatementCommand(this) { CommandTimeout = DefaultTimeout };

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var command in _compiled.Values)
            {
                command.Dispose();
            }

            _compiled.Clear();
        }

        base.Dispose(disposing);
    }

    /// <summary>The compiled twin for <paramref name="text"/>, taken out of the cache while it runs (or a new one).</summary>
    internal SqliteCommand Rent(string text) =>
        _compiled.Remove(text, out var command) ? command : new SqliteCommand(text, this) { CommandTimeout = DefaultTimeout };

    /// <summary>Puts a twin back after its execution (parameters and transaction cleared).</summary>
    internal void Return(SqliteCommand command)
    {
        command.Parameters.Clear();
        command.Transaction = null;
        if (State != System.Data.ConnectionState.Open || _compiled.Count >= MaxStatements || !_compiled.TryAdd(command.CommandText, command))
        {
            command.Dispose();
        }
    }
}
