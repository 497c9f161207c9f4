namespace LivcR.Support.Client;

/// <summary>
/// Staff changes to a ticket (schema input <c>TicketTriageInput</c>): a property left null keeps its value, an empty
/// string clears a text field.
/// </summary>
public sealed record TicketTriageInput
{
    /// <summary>The version you saw; the change is refused with CONFLICT when the ticket changed since. Ignored by bulk triage.</summary>
    public int? ExpectedVersion { get; init; }

    /// <summary>New status (CONFLICT when the move is not allowed).</summary>
    public TicketStatus? Status { get; init; }

    /// <summary>New priority.</summary>
    public TicketPriority? Priority { get; init; }

    /// <summary>Category key, or empty to clear.</summary>
    public string? Category { get; init; }

    /// <summary>Prevention level key, or empty to clear.</summary>
    public string? PreventionLevel { get; init; }

    /// <summary>A staff member's email, or empty to unassign.</summary>
    public string? AssigneeEmail { get; init; }

    /// <summary>The full new list of tags.</summary>
    public IReadOnlyList<string>? Tags { get; init; }
}
