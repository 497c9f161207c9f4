namespace LivcR.Support.Client;

/// <summary>A live event of a ticket: what happened, its version now, by whom; read the ticket for its content.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Number">The ticket; null for the queue's first event and for <see cref="TicketChangeKind.Resync"/>.</param>
/// <param name="Version">The ticket's version after the change.</param>
/// <param name="Status">Its status after the change.</param>
/// <param name="MunicipalityNisCode">Its municipality.</param>
/// <param name="AssigneeEmail">Who it is assigned to.</param>
/// <param name="ActorName">Who did it, or who is on the ticket.</param>
/// <param name="ActorEmail">Their email address.</param>
/// <param name="At">When.</param>
public sealed record TicketChangeEvent(
    TicketChangeKind Kind,
    string? Number,
    int Version,
    TicketStatus? Status,
    string? MunicipalityNisCode,
    string? AssigneeEmail,
    string? ActorName,
    string? ActorEmail,
    DateTimeOffset At);
