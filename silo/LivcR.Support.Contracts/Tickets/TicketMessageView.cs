namespace LivcR.Support.Contracts.Tickets;

/// <summary>One public message in a ticket's thread.</summary>
[GenerateSerializer]
[Alias("livcr.ticket-message-view")]
public sealed record TicketMessageView(
    [property: Id(0)] int Id,
    [property: Id(1)] TicketPerson Author,
    [property: Id(2)] string Body,
    [property: Id(3)] DateTimeOffset CreatedAt);
