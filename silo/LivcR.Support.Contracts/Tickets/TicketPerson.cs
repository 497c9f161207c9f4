namespace LivcR.Support.Contracts.Tickets;

/// <summary>A person on a ticket: the requester or the author of a message.</summary>
[GenerateSerializer]
[Alias("livcr.ticket-person")]
public sealed record TicketPerson([property: Id(0)] string Name, [property: Id(1)] string Email);
