using LivcR.Support.Contracts.Live;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Gateway.Live;

/// <summary>A ticket change as one subscriber may hear of it: what happened, to which ticket, its version, by whom.</summary>
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
