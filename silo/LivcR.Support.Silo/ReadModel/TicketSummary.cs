using LivcR.Support.Contracts.Privacy;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Silo.ReadModel;

/// <summary>A ticket in a list (from the read model, no grain call).</summary>
public sealed record TicketSummary(
    string Number,
    string Subject,
    TicketStatus Status,
    TicketPriority Priority,
    string? Category,
    string MunicipalityNisCode,
    string Province,
    string? AssigneeEmail,
    IReadOnlyList<string> Tags,
    bool Confidential,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? DueAt,
    bool SlaBreached,
    int Version,
    IReadOnlyList<PersonalDataKind>? PersonalData = null);
