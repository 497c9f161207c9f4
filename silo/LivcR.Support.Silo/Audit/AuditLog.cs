using System.Data.Common;
using System.Globalization;
using LivcR.Support.Contracts;
using LivcR.Support.Silo.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Audit;

/// <summary>The append-only audit trail in table <c>livcr_audit</c> (SQLite or PostgreSQL); nothing here updates or deletes.</summary>
public sealed class AuditLog(IOptions<PersistenceOptions> options, BatchedWriter writer, [FromKeyedServices(SupportClock.Key)] TimeProvider clock)
{
    /// <summary>Most entries one query returns.</summary>
    public const int MaxEntries = 500;

    /// <summary>Appends an entry stamped now; completes once it is committed (batched with other writes).</summary>
    public Task RecordAsync(string actor, string action, string target, string ip, string outcome, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return writer.RunAsync((connection, transaction, ct) => InsertAsync(connection, transaction, now, actor, action, target, ip, outcome, ct), cancellationToken);
    }

    private async Task<int> InsertAsync(
        DbConnection connection, DbTransaction transaction, DateTimeOffset now, string actor, string action, string target, string ip, string outcome, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO livcr_audit (at, actor, action, target, ip, outcome) VALUES (@at, @actor, @action, @target, @ip, @outcome)";
        Add(command, "@at", options.Value.Provider == PersistenceProvider.Sqlite ? now.ToString("O", CultureInfo.InvariantCulture) : now);
        Add(command, "@actor", Truncate(actor, 320));
        Add(command, "@action", Truncate(action, 100));
        Add(command, "@target", Truncate(target, 400));
        Add(command, "@ip", Truncate(ip, 64));
        Add(command, "@outcome", outcome);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Entries about one target (e.g. "ticket:2026-00042"), newest first.</summary>
    public Task<IReadOnlyList<AuditEntry>> ForTargetAsync(string target, CancellationToken cancellationToken = default) =>
        QueryAsync("target", target, cancellationToken);

    /// <summary>Entries by one person, newest first.</summary>
    public Task<IReadOnlyList<AuditEntry>> ForActorAsync(string actor, CancellationToken cancellationToken = default) =>
        QueryAsync("actor", actor, cancellationToken);

    /// <summary>Every distinct target one person acted on whose name starts with <paramref name="prefix"/> (e.g. "ticket:"), without the limit of the trail.</summary>
    public async Task<IReadOnlyList<string>> TargetsOfActorAsync(string actor, string prefix, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT target FROM livcr_audit WHERE actor = @actor AND target LIKE @prefix ORDER BY target";
        Add(command, "@actor", actor);
        Add(command, "@prefix", prefix.Replace("%", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal) + "%");
        var targets = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            targets.Add(reader.GetString(0));
        }

        return targets;
    }

    private async Task<IReadOnlyList<AuditEntry>> QueryAsync(string column, string value, CancellationToken cancellationToken)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT at, actor, action, target, ip, outcome FROM livcr_audit WHERE {column} = @value ORDER BY id DESC LIMIT {MaxEntries}";
        Add(command, "@value", value);
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var at = reader.GetValue(0) switch
            {
                DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
                DateTimeOffset offset => offset,
                var text => DateTimeOffset.Parse(Convert.ToString(text, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
            };
            entries.Add(new AuditEntry(at, reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)));
        }

        return entries;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
