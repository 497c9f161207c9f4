namespace LivcR.Support.Contracts.Tickets;

/// <summary>One entry of a ticket's thread: a public message, an internal note or a system event.</summary>
[GenerateSerializer]
[Immutable]
[Alias("livcr.ticket-entry-view")]
public sealed record TicketEntryView(
    [property: Id(0)] int Id,
    [property: Id(1)] TicketEntryKind Kind,
    [property: Id(2)] TicketPerson Author,
    [property: Id(3)] bool ByStaff,
    [property: Id(4)] string Body,
    [property: Id(5)] DateTimeOffset CreatedAt);
