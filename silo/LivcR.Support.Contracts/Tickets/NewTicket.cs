namespace LivcR.Support.Contracts.Tickets;

/// <summary>A validated, normalised request, ready to become the ticket with a given number.</summary>
[GenerateSerializer]
[Immutable]
[Alias("livcr.new-ticket")]
public sealed record NewTicket(
    [property: Id(0)] string MunicipalityNisCode,
    [property: Id(1)] string Subject,
    [property: Id(2)] string Body,
    [property: Id(3)] TicketPerson Requester,
    [property: Id(4)] DateTimeOffset SubmittedAt,
    [property: Id(5)] bool Confidential = false,
    [property: Id(6)] string? FollowUpOf = null,
    [property: Id(7)] string? Category = null,
    [property: Id(8)] string? PreventionLevel = null,
    [property: Id(9)] string? AssigneeEmail = null);
