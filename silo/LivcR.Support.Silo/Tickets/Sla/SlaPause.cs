namespace LivcR.Support.Silo.Tickets.Sla;

/// <summary>A period in which a ticket's SLA clock stands still, for instance while waiting for the requester.</summary>
/// <param name="From">When the pause began.</param>
/// <param name="To">When the pause ended; null while the clock is still paused.</param>
public readonly record struct SlaPause(DateTimeOffset From, DateTimeOffset? To)
{
    /// <summary>Whether the pause is still running.</summary>
    public bool IsOpen => To is null;
}
