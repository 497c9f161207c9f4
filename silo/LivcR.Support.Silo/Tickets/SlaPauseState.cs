namespace LivcR.Support.Silo.Tickets;

/// <summary>A stretch of time the SLA clock stood still (the ticket waited for the municipality).</summary>
[GenerateSerializer]
[Alias("livcr.sla-pause-state")]
public sealed class SlaPauseState
{
    /// <summary>When the pause began.</summary>
    [Id(0)]
    public DateTimeOffset From { get; set; }

    /// <summary>When it ended; null while still waiting.</summary>
    [Id(1)]
    public DateTimeOffset? To { get; set; }
}
