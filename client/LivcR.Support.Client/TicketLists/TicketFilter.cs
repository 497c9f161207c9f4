namespace LivcR.Support.Client;

/// <summary>Which tickets to list or count (schema input <c>TicketFilter</c>); every part is optional, parts combine with AND.</summary>
public sealed record TicketFilter
{
    /// <summary>Any of these statuses.</summary>
    public IReadOnlyList<TicketStatus>? Statuses { get; init; }

    /// <summary>Any of these priorities.</summary>
    public IReadOnlyList<TicketPriority>? Priorities { get; init; }

    /// <summary>Category key.</summary>
    public string? Category { get; init; }

    /// <summary>Province of the municipality.</summary>
    public Province? Province { get; init; }

    /// <summary>One municipality.</summary>
    public string? MunicipalityNisCode { get; init; }

    /// <summary>Assigned to this staff member.</summary>
    public string? AssigneeEmail { get; init; }

    /// <summary>True: only unassigned; false: only assigned.</summary>
    public bool? Unassigned { get; init; }

    /// <summary>True: due time passed; false: not passed.</summary>
    public bool? SlaBreached { get; init; }

    /// <summary>Due within this many hours from now (or overdue).</summary>
    public double? DueWithinHours { get; init; }

    /// <summary>Has this tag.</summary>
    public string? Tag { get; init; }

    /// <summary>Submitted at or after.</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Submitted before.</summary>
    public DateTimeOffset? CreatedTo { get; init; }

    /// <summary>Free text in the subject and public messages (staff: also internal notes).</summary>
    public string? Text { get; init; }

    /// <summary>Staff: true, only tickets in which personal data was found; false, only tickets without.</summary>
    public bool? PersonalData { get; init; }
}
