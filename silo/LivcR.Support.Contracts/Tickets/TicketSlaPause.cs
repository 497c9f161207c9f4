namespace LivcR.Support.Contracts.Tickets;

/// <summary>A stretch of time the SLA clock stood still because the ticket waited for the municipality.</summary>
/// <param name="From">When the wait began.</param>
/// <param name="To">When it ended; null while the ticket still waits.</param>
[GenerateSerializer]
[Immutable]
[Alias("livcr.ticket-sla-pause")]
public sealed record TicketSlaPause(
    [property: Id(0)] DateTimeOffset From,
    [property: Id(1)] DateTimeOffset? To);
