using System.Data.Common;
using System.Diagnostics.Metrics;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Silo.ReadModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Telemetry;

/// <summary>
/// The outbox depth, the age of its oldest waiting mail and the quarantine size, read with two small queries at most once
/// per <see cref="RefreshInterval"/>: a scrape answers from the last reading and, when that is older, starts the next one
/// in the background, so scrapers never wait on (or hammer) the database.
/// </summary>
public sealed partial class MailChannelGauges(
    IOptions<PersistenceOptions> options,
    [FromKeyedServices(Contracts.SupportClock.Key)] TimeProvider clock,
    ILogger<MailChannelGauges> logger)
{
    /// <summary>How old a reading may be before a scrape starts a new one.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private static readonly string[] WaitingStatuses = ["pending", "held", "failed"];

    private Reading? _last;
    private int _refreshing;

    /// <summary>Mails not sent yet, one measurement per status.</summary>
    public IEnumerable<Measurement<long>> OutboxDepth()
    {
        if (Current() is not { } reading)
        {
            return [];
        }

        return WaitingStatuses.Select(s => new Measurement<long>(
            reading.Depth.GetValueOrDefault(s), new KeyValuePair<string, object?>("status", s)));
    }

    /// <summary>Seconds since the oldest pending or held mail was staged; 0 when none waits.</summary>
    public IEnumerable<Measurement<double>> OldestUnsentAge()
    {
        if (Current() is not { } reading)
        {
            return [];
        }

        var age = reading.OldestUnsent is { } oldest ? Math.Max(0, (clock.GetUtcNow() - oldest).TotalSeconds) : 0;
        return [new Measurement<double>(age)];
    }

    /// <summary>Mails in quarantine.</summary>
    public IEnumerable<Measurement<long>> QuarantineSize() =>
        Current() is { } reading ? [new Measurement<long>(reading.Quarantined)] : [];

    /// <summary>Reads now (used by the scrape path in the background, and by tests).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        var depth = new Dictionary<string, long>(StringComparer.Ordinal);
        DateTimeOffset? oldest = null;
        await using var connection = await DatabaseBootstrap.OpenAsync(options.Value, cancellationToken);
        await using (var command = Command(connection,
            "SELECT status, COUNT(*), MIN(created_at) FROM livcr_mail_outbox WHERE status IN ('pending', 'held', 'failed') GROUP BY status"))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var status = reader.GetString(0);
                depth[status] = Convert.ToInt64(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
                if (status != "failed" && SqlDialect.ReadTime(reader, 2) is { } first && (oldest is null || first < oldest))
                {
                    oldest = first;
                }
            }
        }

        long quarantined;
        await using (var command = Command(connection, "SELECT COUNT(*) FROM livcr_mail_quarantine WHERE status = @s"))
        {
            SqlDialect.Add(command, "@s", Mail.Intake.QuarantineStore.Quarantined);
            quarantined = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        _last = new Reading(clock.GetUtcNow(), depth, oldest, quarantined);
    }

    private Reading? Current()
    {
        var last = _last;
        if ((last is null || clock.GetUtcNow() - last.At >= RefreshInterval) && Interlocked.Exchange(ref _refreshing, 1) == 0)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await RefreshAsync();
                }
                catch (Exception failure) when (failure is DbException or InvalidOperationException or TimeoutException)
                {
                    LogReadFailed(logger, failure.GetType().Name);
                }
                finally
                {
                    Volatile.Write(ref _refreshing, 0);
                }
            });
        }

        return last;
    }

    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "The mail channel's gauges could not be read ({Failure}); the last reading stays")]
    private static partial void LogReadFailed(ILogger logger, string failure);

    private sealed record Reading(DateTimeOffset At, Dictionary<string, long> Depth, DateTimeOffset? OldestUnsent, long Quarantined);
}
