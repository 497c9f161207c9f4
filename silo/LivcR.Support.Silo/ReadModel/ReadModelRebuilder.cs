using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LivcR.Support.Silo.ReadModel;

/// <summary>Re-projects every ticket from grain state into an emptied read model (the silo's <c>rebuild-read-model</c> command).</summary>
/// <remarks>Tickets are found through the yearly number series, so nothing depends on how grain state is stored.</remarks>
public sealed partial class ReadModelRebuilder(
    IGrainFactory grains,
    TicketReadModel readModel,
    [FromKeyedServices(SupportClock.Key)] TimeProvider clock,
    ILogger<ReadModelRebuilder> logger)
{
    /// <summary>First year searched for tickets.</summary>
    public const int FirstYear = 2020;

    /// <summary>The <c>rebuild-read-model</c> command: starts the silo, re-projects all tickets, logs the count and stops.</summary>
    public static async Task RunOnceAsync(Microsoft.Extensions.Hosting.IHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        await host.StartAsync();
        var count = await host.Services.GetRequiredService<ReadModelRebuilder>().RebuildAsync();
        LogRebuilt(host.Services.GetRequiredService<ILogger<ReadModelRebuilder>>(), count);
        await host.StopAsync();
    }

    /// <summary>Empties the tables and writes every ticket again; returns how many numbers were projected.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await readModel.ClearAsync(cancellationToken);
        var total = 0;
        for (var year = FirstYear; year <= clock.GetUtcNow().Year + 1; year++)
        {
            var next = await grains.TicketNumbers(year).PeekNextAsync();
            var numbers = Enumerable.Range(1, next - 1).Select(n => new TicketNumber(year, n));
            await Parallel.ForEachAsync(numbers, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
                async (number, _) => await grains.Ticket(number).ProjectAsync());
            total += next - 1;
            if (next > 1)
            {
                LogYear(logger, year, next - 1);
            }
        }

        return total;
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Read model: re-projected {Count} ticket number(s) of {Year}")]
    private static partial void LogYear(ILogger logger, int year, int count);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Read model rebuilt: {Count} ticket number(s)")]
    private static partial void LogRebuilt(ILogger logger, int count);
}
