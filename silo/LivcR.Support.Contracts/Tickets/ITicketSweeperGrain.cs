namespace LivcR.Support.Contracts.Tickets;

/// <summary>
/// Once a minute (a durable reminder), finds tickets whose SLA due time passed or whose quiet period after resolution ended,
/// and asks each ticket to check its deadlines. One reminder for the whole system instead of one per ticket. Each tick first
/// repairs read-model rows left behind their stored state.
/// </summary>
[Alias("livcr.ticket-sweeper")]
public interface ITicketSweeperGrain : IGrainWithStringKey
{
    /// <summary>Makes sure the reminder exists (called at silo start; idempotent).</summary>
    [Alias("start")]
    Task StartAsync();

    /// <summary>Runs one sweep now; returns how many tickets were asked to check.</summary>
    [Alias("sweep")]
    Task<int> SweepAsync();

    /// <summary>Projects every ticket whose read-model row is behind its stored state; returns how many were.</summary>
    [Alias("repair-projections")]
    Task<int> RepairProjectionsAsync();
}
