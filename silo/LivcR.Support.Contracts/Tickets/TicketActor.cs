namespace LivcR.Support.Contracts.Tickets;

/// <summary>Who changes a ticket (already checked by the caller's access rules).</summary>
[GenerateSerializer]
[Alias("livcr.ticket-actor")]
public sealed record TicketActor(
    [property: Id(0)] string Email,
    [property: Id(1)] string Name,
    [property: Id(2)] bool IsStaff)
{
    /// <summary>The system itself (automatic closing, SLA escalation).</summary>
    public static TicketActor System { get; } = new("systeem@livcr-support.invalid", "Systeem", IsStaff: true);

    /// <summary>As a person on the ticket.</summary>
    public TicketPerson Person => new(Name, Email);
}
