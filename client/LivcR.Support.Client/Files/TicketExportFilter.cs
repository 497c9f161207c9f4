namespace LivcR.Support.Client;

/// <summary>Which tickets <see cref="SupportClient.ExportTicketsCsvAsync"/> exports; every part is optional (the export endpoint supports this subset of <see cref="TicketFilter"/>).</summary>
public sealed record TicketExportFilter
{
    /// <summary>Any of these statuses.</summary>
    public IReadOnlyList<TicketStatus>? Statuses { get; init; }

    /// <summary>Category key.</summary>
    public string? Category { get; init; }

    /// <summary>Province of the municipality.</summary>
    public Province? Province { get; init; }

    /// <summary>One municipality.</summary>
    public string? MunicipalityNisCode { get; init; }

    /// <summary>Assigned to this staff member.</summary>
    public string? AssigneeEmail { get; init; }

    /// <summary>Has this tag.</summary>
    public string? Tag { get; init; }

    /// <summary>Submitted at or after.</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Submitted before.</summary>
    public DateTimeOffset? CreatedTo { get; init; }

    /// <summary>Free text in the subject and public messages.</summary>
    public string? Text { get; init; }
}
