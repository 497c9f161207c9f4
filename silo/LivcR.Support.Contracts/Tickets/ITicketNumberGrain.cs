namespace LivcR.Support.Contracts.Tickets;

/// <summary>Hands out blocks of ticket numbers for one year (key: the year, e.g. "2026").</summary>
/// <remarks>
/// Called only when an allocator's block runs out, so it is not on every submission's path.
/// Numbers of a block that was not used up before a restart are skipped, never reused.
/// </remarks>
[Alias("livcr.ticket-numbers")]
public interface ITicketNumberGrain : IGrainWithStringKey
{
    /// <summary>Reserves the next <paramref name="size"/> numbers; durable before it returns.</summary>
    [Alias("reserve")]
    Task<TicketNumberBlock> ReserveBlockAsync(int size);

    /// <summary>The first number not yet handed out (1 for a year without tickets).</summary>
    [Alias("peek")]
    Task<int> PeekNextAsync();
}
