using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Contracts.Live;

/// <summary>
/// One stored change of a ticket (or a staff member's presence on it), as the ticket publishes it to every gateway. It
/// carries what the access rules need to decide who may hear of it, and no content: no subject, no message text.
/// </summary>
[GenerateSerializer]
[Alias("livcr.ticket-change")]
public sealed record TicketChange(
    [property: Id(0)] string? Number,
    [property: Id(1)] int Version,
    [property: Id(2)] TicketChangeKind Kind,
    [property: Id(3)] string? MunicipalityNisCode,
    [property: Id(4)] string? RequesterEmail,
    [property: Id(5)] bool Confidential,
    [property: Id(6)] TicketStatus? Status,
    [property: Id(7)] string? AssigneeEmail,
    [property: Id(8)] string? ActorEmail,
    [property: Id(9)] string? ActorName,
    [property: Id(10)] DateTimeOffset At)
{
    /// <summary>The ticket's municipality, requester and confidentiality, for the access rules; null when there is no ticket.</summary>
    public Access.TicketAccess? Access =>
        Number is null || MunicipalityNisCode is null ? null : new Access.TicketAccess(MunicipalityNisCode, RequesterEmail ?? string.Empty, Confidential);

    /// <summary>"Events may have been missed", for every subscriber.</summary>
    public static TicketChange Resync(DateTimeOffset at) => new(null, 0, TicketChangeKind.Resync, null, null, false, null, null, null, null, at);
}
