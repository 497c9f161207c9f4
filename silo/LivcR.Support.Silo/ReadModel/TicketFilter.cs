using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Silo.ReadModel;

/// <summary>Which tickets a list shows; every member is optional and they combine with AND.</summary>
public sealed record TicketFilter(
    IReadOnlyList<TicketStatus>? Statuses = null,
    IReadOnlyList<TicketPriority>? Priorities = null,
    string? Category = null,
    string? Province = null,
    string? MunicipalityNisCode = null,
    string? AssigneeEmail = null,
    bool? Unassigned = null,
    bool? SlaBreached = null,
    double? DueWithinHours = null,
    string? Tag = null,
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedTo = null,
    string? Text = null,
    bool? PersonalData = null);
