namespace LivcR.Support.Contracts.Tickets;

/// <summary>A public message on a ticket, from the municipality or from staff.</summary>
/// <remarks><see cref="ExpectedVersion"/>: the version the writer saw; a newer one means someone else changed the ticket (CONFLICT).</remarks>
[GenerateSerializer]
[Alias("livcr.ticket-reply")]
public sealed record TicketReply(
    [property: Id(0)] TicketActor Author,
    [property: Id(1)] string Body,
    [property: Id(2)] int? ExpectedVersion = null);
