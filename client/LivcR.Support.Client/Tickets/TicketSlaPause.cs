namespace LivcR.Support.Client;

/// <summary>A stretch of time the SLA clock stood still: the ticket waited for the municipality (schema type <c>TicketSlaPause</c>).</summary>
/// <param name="From">When the wait began.</param>
/// <param name="To">When it ended; null while the ticket still waits.</param>
public sealed record TicketSlaPause(DateTimeOffset From, DateTimeOffset? To);
