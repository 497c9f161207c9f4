using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace LivcR.Support.Silo.Persistence;

/// <summary>A command of a <see cref="StatementCachingSqliteConnection"/>: runs on the connection's compiled twin of its text.</summary>
internal sealed class CachedStatementCommand : SqliteCommand
{
    private readonly StatementCachingSqliteConnection _connection;

    public CachedStatementCommand(StatementCachingSqliteConnection connection)
    {
        _connection = connection;
        Connection = connection;
    }

    public override int ExecuteNonQuery()
    {
        var twin = Twin();
        try
        {
            return twin.ExecuteNonQuery();
        }
        finally
        {
            _connection.Return(twin);
        }
    }

    public override object? ExecuteScalar()
    {
        var twin = Twin();
        try
        {
            return twin.ExecuteScalar();
        }
        finally
        {
            _connection.Return(twin);
        }
    }

    public override Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(ExecuteNonQuery());
    }

    public override Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(ExecuteScalar());
    }

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior)
    {
        var twin = Twin();
        try
        {
            return new ReleasingDataReader(twin.ExecuteReader(behavior), () => _connection.Return(twin));
        }
        catch
        {
            _connection.Return(twin);
            throw;
        }
    }

    protected override Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(ExecuteDbDataReader(behavior));
    }

    private SqliteCommand Twin()
    {
        var twin = _connection.Rent(CommandText);
        twin.Transaction = Transaction;
        twin.CommandTimeout = CommandTimeout;
        foreach (SqliteParameter parameter in Parameters)
        {
            twin.Parameters.Add(parameter);
        }

        return twin;
    }
}
