using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace LivcR.Support.Silo.Persistence;

/// <summary>
/// A command of a write-gated <see cref="GatedSqliteConnection"/>: a statement other than a read enters the gate first or,
/// when the connection has a <see cref="BatchedWriter"/> and the call is asynchronous (as Orleans' providers make it),
/// joins the writer's next group commit.
/// </summary>
internal sealed class GatedSqliteCommand : SqliteCommand
{
    private readonly GatedSqliteConnection _connection;

    public GatedSqliteCommand(GatedSqliteConnection connection)
    {
        _connection = connection;
        Connection = connection;
    }

    /// <summary>True for a statement that only reads (<c>SELECT</c>), after leading blanks and <c>--</c> comment lines.</summary>
    public static bool IsRead(string? text)
    {
        var rest = (text ?? string.Empty).AsSpan().TrimStart();
        while (rest.StartsWith("--", StringComparison.Ordinal))
        {
            var end = rest.IndexOf('\n');
            rest = end < 0 ? [] : rest[(end + 1)..].TrimStart();
        }

        return rest.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);
    }

    public override int ExecuteNonQuery()
    {
        if (IsRead(CommandText))
        {
            return base.ExecuteNonQuery();
        }

        _connection.EnterForWrite();
        try
        {
            return base.ExecuteNonQuery();
        }
        finally
        {
            _connection.Leave();
        }
    }

    public override object? ExecuteScalar()
    {
        if (IsRead(CommandText))
        {
            return base.ExecuteScalar();
        }

        _connection.EnterForWrite();
        try
        {
            return base.ExecuteScalar();
        }
        finally
        {
            _connection.Leave();
        }
    }

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior)
    {
        if (IsRead(CommandText))
        {
            return base.ExecuteDbDataReader(behavior);
        }

        _connection.EnterForWrite();
        return Released(() => base.ExecuteDbDataReader(behavior));
    }

    protected override async Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken)
    {
        if (IsRead(CommandText))
        {
            return await base.ExecuteDbDataReaderAsync(behavior, cancellationToken);
        }

        if (_connection.Batch is { } batch)
        {
            return await batch.RunAsync((connection, transaction, ct) => RunInBatchAsync(connection, transaction, behavior, ct), cancellationToken);
        }

        await _connection.EnterForWriteAsync(cancellationToken);
        return Released(() => base.ExecuteDbDataReader(behavior));
    }

    /// <summary>
    /// Runs this statement on the batch's connection, inside its transaction, and reads its whole result before the batch
    /// commits; the caller gets the result after the commit, as if the statement had committed on its own.
    /// </summary>
    private async Task<DbDataReader> RunInBatchAsync(DbConnection connection, DbTransaction transaction, CommandBehavior behavior, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = CommandText;
        command.CommandTimeout = CommandTimeout;
        foreach (var parameter in Parameters.Cast<DbParameter>().ToArray())
        {
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync(behavior, cancellationToken);
        return await BufferedDataReader.LoadAsync(reader, cancellationToken);
    }

    private ReleasingDataReader Released(Func<DbDataReader> execute)
    {
        try
        {
            return new ReleasingDataReader(execute(), _connection.Leave);
        }
        catch
        {
            _connection.Leave();
            throw;
        }
    }
}
