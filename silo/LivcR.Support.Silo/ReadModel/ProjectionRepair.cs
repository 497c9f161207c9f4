using System.Data.Common;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace LivcR.Support.Silo.ReadModel;

/// <summary>
/// Finds every ticket whose stored state is ahead of its read-model row (or has no row) and has it project itself again.
/// Run at silo start and with every sweep (once a minute), so a row can stay behind its state for at most a minute.
/// </summary>
/// <remarks>
/// A ticket writes its state, then its row; a process stopped in between leaves a stored ticket that no list, search or
/// export shows. The row carries the version of the stored state it was made from (<c>state_version</c>, Orleans' ETag),
/// so one query over the grain-state table finds all of them. Projecting goes through the ticket grain, whose memory
/// between calls is always its stored state. Tickets kept in another store (memory, in tests) are not in that table.
/// </remarks>
public sealed partial class ProjectionRepair(
    IOptions<PersistenceOptions> persistence,
    IOptions<ClusterOptions> cluster,
    IGrainFactory grains,
    ILogger<ProjectionRepair> logger)
{
    /// <summary>The grain type Orleans stores ticket state under (the class name without <c>Grain</c>).</summary>
    public const string TicketGrainType = "ticket";

    private const int Batch = 1000;

    /// <summary>Numbers whose stored ticket state is ahead of the read model, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<string>> FindBehindAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await DatabaseBootstrap.OpenAsync(persistence.Value, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT s.GrainIdExtensionString FROM OrleansStorage s " +
            "LEFT JOIN livcr_ticket t ON t.number = s.GrainIdExtensionString " +
            "WHERE s.GrainTypeString = @type AND s.ServiceId = @service AND s.PayloadBinary IS NOT NULL " +
            "AND s.GrainIdExtensionString IS NOT NULL AND (t.number IS NULL OR t.state_version < s.Version) " +
            $"LIMIT {limit}";
        SqlDialect.Add(command, "@type", TicketGrainType);
        SqlDialect.Add(command, "@service", cluster.Value.ServiceId);
        var numbers = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            numbers.Add(reader.GetString(0));
        }

        return numbers;
    }

    /// <summary>Projects every ticket that is behind; returns how many were projected.</summary>
    /// <remarks>
    /// Each ticket is tried once per pass: one that stays behind (its projection fails) waits for the next pass. With
    /// <paramref name="settle"/> (the periodic pass on a running system), tickets found behind are looked for again after
    /// that wait, so a write whose projection is simply still under way is not taken for one left behind.
    /// </remarks>
    public async Task<int> RepairAsync(TimeSpan settle = default, CancellationToken cancellationToken = default)
    {
        if (settle > TimeSpan.Zero)
        {
            try
            {
                if ((await FindBehindAsync(1, cancellationToken)).Count == 0)
                {
                    return 0;
                }
            }
            catch (DbException ex)
            {
                LogRepairFailed(logger, ex);
                return 0;
            }

            await Task.Delay(settle, cancellationToken);
        }

        var tried = new HashSet<string>(StringComparer.Ordinal);
        var repaired = 0;
        while (true)
        {
            var limit = tried.Count + Batch;
            IReadOnlyList<string> behind;
            try
            {
                behind = await FindBehindAsync(limit, cancellationToken);
            }
            catch (DbException ex)
            {
                LogRepairFailed(logger, ex);
                return repaired;
            }

            var todo = behind.Where(tried.Add).ToList();
            if (todo.Count == 0)
            {
                return repaired;
            }

            await Parallel.ForEachAsync(todo, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
                async (number, _) =>
                {
                    try
                    {
                        await grains.GetGrain<ITicketGrain>(number).ProjectAsync();
                        Interlocked.Increment(ref repaired);
                        LogRepaired(logger, number);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        LogTicketNotRepaired(logger, number, ex);
                    }
                });
            if (behind.Count < limit)
            {
                return repaired;
            }
        }
    }

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Ticket {TicketNumber}: its read-model row was behind its stored state; projected again")]
    private static partial void LogRepaired(ILogger logger, string ticketNumber);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Warning, Message = "Ticket {TicketNumber}: still behind its stored state after a repair; the next pass retries")]
    private static partial void LogTicketNotRepaired(ILogger logger, string ticketNumber, Exception exception);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Read model: the projection repair pass could not read the database; the next pass retries")]
    private static partial void LogRepairFailed(ILogger logger, Exception exception);
}
