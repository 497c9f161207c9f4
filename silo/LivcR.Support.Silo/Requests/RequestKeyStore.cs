using System.Data.Common;
using LivcR.Support.Contracts.Requests;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Silo.ReadModel;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Requests;

/// <summary>Table <c>livcr_request_key</c>: the ticket number reserved for a new question's idempotency key.</summary>
public sealed class RequestKeyStore(IOptions<PersistenceOptions> options, BatchedWriter writer)
{
    private readonly SqlDialect _dialect = new(options.Value.Provider);

    /// <summary>The result recorded for <paramref name="key"/> within the window before <paramref name="now"/>, else null.</summary>
    public async Task<string?> FindAsync(string key, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT result FROM livcr_request_key WHERE request_key = @key AND created_at > @since";
        SqlDialect.Add(command, "@key", key);
        SqlDialect.Add(command, "@since", _dialect.Time(now - ClientRequestIds.Window));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>Records (or, for an expired key, replaces) the result; returns after the commit.</summary>
    public Task RecordAsync(string key, string result, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        writer.RunAsync(async (connection, transaction, ct) =>
        {
            await using var command = Command(connection, transaction,
                "INSERT INTO livcr_request_key (request_key, result, created_at) VALUES (@key, @result, @at) " +
                "ON CONFLICT (request_key) DO UPDATE SET result = excluded.result, created_at = excluded.created_at");
            SqlDialect.Add(command, "@key", key);
            SqlDialect.Add(command, "@result", result);
            SqlDialect.Add(command, "@at", _dialect.Time(now));
            return await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    /// <summary>Deletes keys older than the window; returns how many.</summary>
    public Task<int> PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        writer.RunAsync(async (connection, transaction, ct) =>
        {
            await using var command = Command(connection, transaction, "DELETE FROM livcr_request_key WHERE created_at <= @since");
            SqlDialect.Add(command, "@since", _dialect.Time(now - ClientRequestIds.Window));
            return await command.ExecuteNonQueryAsync(ct);
        }, cancellationToken);

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
