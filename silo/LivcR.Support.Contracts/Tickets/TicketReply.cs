namespace LivcR.Support.Contracts.Tickets;

/// <summary>A public message on a ticket, from the municipality or from staff.</summary>
/// <remarks>
/// <see cref="ExpectedVersion"/>: the version the writer saw; a newer one means someone else changed the ticket (CONFLICT).
/// <see cref="RequestKey"/>: the caller's scoped idempotency key (<see cref="Requests.ClientRequestIds.Scope"/>); the same key
/// again within 24 hours answers with the ticket as it is instead of adding the message twice.
/// </remarks>
[GenerateSerializer]
[Alias("livcr.ticket-reply")]
public sealed record TicketReply(
    [property: Id(0)] TicketActor Author,
    [property: Id(1)] string Body,
    [property: Id(2)] int? ExpectedVersion = null,
    [property: Id(3)] string? RequestKey = null);
