namespace LivcR.Support.Client;

/// <summary>A ticket's triage fields and version, without its thread (selected from schema type <c>Ticket</c>).</summary>
/// <param name="Number">The ticket number.</param>
/// <param name="Status">Status.</param>
/// <param name="Priority">Priority.</param>
/// <param name="Category">Category key.</param>
/// <param name="PreventionLevel">Prevention level key.</param>
/// <param name="AssigneeEmail">Assignee.</param>
/// <param name="Tags">Tags.</param>
/// <param name="UpdatedAt">Last change.</param>
/// <param name="Version">Version, for the next change's <c>expectedVersion</c>.</param>
public sealed record TicketState(
    string Number,
    TicketStatus Status,
    TicketPriority Priority,
    string? Category,
    string? PreventionLevel,
    string? AssigneeEmail,
    IReadOnlyList<string> Tags,
    DateTimeOffset UpdatedAt,
    int Version);
