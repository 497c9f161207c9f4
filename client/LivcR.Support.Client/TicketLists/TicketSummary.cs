namespace LivcR.Support.Client;

/// <summary>A ticket in a list (schema type <c>TicketSummary</c>); <see cref="SupportClient.GetTicketAsync"/> gives its thread.</summary>
/// <param name="Number">The ticket number.</param>
/// <param name="Subject">The subject.</param>
/// <param name="Status">Status.</param>
/// <param name="Priority">Priority.</param>
/// <param name="Category">Category key.</param>
/// <param name="MunicipalityNisCode">NIS code of the municipality.</param>
/// <param name="Province">Province key, e.g. <c>oost-vlaanderen</c>.</param>
/// <param name="AssigneeEmail">Assignee.</param>
/// <param name="Tags">Tags.</param>
/// <param name="Confidential">Confidential.</param>
/// <param name="CreatedAt">Submitted.</param>
/// <param name="UpdatedAt">Last change.</param>
/// <param name="DueAt">The earliest open SLA due time.</param>
/// <param name="SlaBreached">An SLA breach was escalated.</param>
/// <param name="Version">Version, for optimistic concurrency.</param>
/// <param name="PersonalDataKinds">The kinds of personal data found in the ticket's texts; empty when none.</param>
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
    IReadOnlyList<PersonalDataKind> PersonalDataKinds);
