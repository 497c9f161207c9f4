namespace LivcR.Support.Silo.Tickets;

/// <summary>The stored counter of one year's ticket numbers.</summary>
[GenerateSerializer]
[Alias("livcr.ticket-number-state")]
public sealed class TicketNumberState
{
    /// <summary>The first number not yet handed out.</summary>
    [Id(0)]
    public int Next { get; set; } = 1;
}
