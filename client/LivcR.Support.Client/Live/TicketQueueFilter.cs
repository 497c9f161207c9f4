namespace LivcR.Support.Client;

/// <summary>Which tickets' live events to receive (schema input <c>TicketQueueFilter</c>); null parts do not filter.</summary>
/// <param name="Province">Tickets of municipalities in this province.</param>
/// <param name="MunicipalityNisCode">Tickets of one municipality.</param>
/// <param name="AssignedToMe">True: only tickets assigned to you.</param>
/// <param name="Unassigned">True: only unassigned tickets; false: only assigned ones.</param>
public sealed record TicketQueueFilter(
    Province? Province = null,
    string? MunicipalityNisCode = null,
    bool? AssignedToMe = null,
    bool? Unassigned = null);
