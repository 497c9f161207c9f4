namespace LivcR.Support.Silo.ReadModel;

/// <summary>How a ticket report is grouped.</summary>
public enum ReportGrouping
{
    /// <summary>ISO week of creation or resolution (Europe/Brussels), e.g. 2026-W48.</summary>
    Week,

    /// <summary>Month, e.g. 2026-11.</summary>
    Month,

    /// <summary>Category key ("(geen)" when none).</summary>
    Category,

    /// <summary>Province key.</summary>
    Province,

    /// <summary>NIS code of the municipality.</summary>
    Municipality,

    /// <summary>Priority (LOW, NORMAL, HIGH, URGENT).</summary>
    Priority,

    /// <summary>The assignee's email address ("(niemand)" when unassigned).</summary>
    Assignee,
}
