using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Silo.ReadModel;

/// <summary>What a report needs of one ticket.</summary>
public sealed record ReportRow(
    string Number,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ResolvedAt,
    long? FirstResponseSeconds,
    long? ResolutionSeconds,
    TicketPriority Priority,
    string? Category,
    string Province,
    string MunicipalityNisCode,
    string? Assignee = null);
