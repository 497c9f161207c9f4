using System.Globalization;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Persistence;
using Microsoft.Extensions.Logging;

namespace LivcR.Support.Silo.Tickets;

/// <summary>One year's number series; hands out blocks, durable before it answers.</summary>
public sealed partial class TicketNumberGrain(
    [PersistentState(stateName: "ticket-numbers", storageName: StorageNames.Support)] IPersistentState<TicketNumberState> counter,
    ILogger<TicketNumberGrain> logger) : Grain, ITicketNumberGrain
{
    /// <inheritdoc/>
    public async Task<TicketNumberBlock> ReserveBlockAsync(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var year = int.Parse(this.GetPrimaryKeyString(), CultureInfo.InvariantCulture);
        var first = counter.State.Next;
        counter.State.Next = checked(first + size);
        await counter.WriteStateAsync();
        LogReserved(logger, year, first, size);
        return new TicketNumberBlock(year, first, size);
    }

    /// <inheritdoc/>
    public Task<int> PeekNextAsync() => Task.FromResult(counter.State.Next);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Ticket numbers {Year}: reserved {First} (+{Size})")]
    private static partial void LogReserved(ILogger logger, int year, int first, int size);
}
