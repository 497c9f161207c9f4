namespace LivcR.Support.Contracts.Tickets;

/// <summary>Staff changes to a ticket's handling. A null member means "leave as is"; an empty string clears.</summary>
[GenerateSerializer]
[Alias("livcr.ticket-triage")]
public sealed record TicketTriage(
    [property: Id(0)] TicketActor Actor,
    [property: Id(1)] int? ExpectedVersion = null,
    [property: Id(2)] TicketStatus? Status = null,
    [property: Id(3)] TicketPriority? Priority = null,
    [property: Id(4)] string? Category = null,
    [property: Id(5)] string? PreventionLevel = null,
    [property: Id(6)] string? AssigneeEmail = null,
    [property: Id(7)] IReadOnlyList<string>? Tags = null);
